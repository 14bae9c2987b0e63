package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Coded;

/** Kind of marital event. */
public enum MarriageKind implements Coded {
    MARRIAGE("1", "结婚", "Marriage"),
    DIVORCE("2", "离婚", "Divorce"),
    REMARRIAGE("3", "复婚", "Remarriage to former spouse");

    private final String code;
    private final String zh;
    private final String en;

    MarriageKind(String code, String zh, String en) {
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
