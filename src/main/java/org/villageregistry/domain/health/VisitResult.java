package org.villageregistry.domain.health;

import org.villageregistry.domain.text.Coded;

/** Coded result of a service visit. */
public enum VisitResult implements Coded {
    NORMAL("1", "正常", "Normal"),
    RECHECK("2", "异常需复查", "Abnormal, recheck"),
    REFERRED("3", "转诊", "Referred");

    private final String code;
    private final String zh;
    private final String en;

    VisitResult(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
