package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Coded;

/** Broad cause category of a death (optional). */
public enum DeathCause implements Coded {
    DISEASE("1", "疾病", "Disease"),
    INJURY("2", "损伤", "Injury"),
    AGE("3", "高龄", "Old age"),
    OTHER("9", "其他", "Other"),
    UNKNOWN("0", "不详", "Unknown");

    private final String code;
    private final String zh;
    private final String en;

    DeathCause(String code, String zh, String en) {
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
