package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Coded;

/** Why a person moved. */
public enum MoveReason implements Coded {
    WORK("1", "务工", "Work"),
    MARRIAGE("2", "婚嫁", "Marriage"),
    STUDY("3", "升学", "Study"),
    FAMILY("4", "投亲", "Joining family"),
    OTHER("9", "其他", "Other");

    private final String code;
    private final String zh;
    private final String en;

    MoveReason(String code, String zh, String en) {
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
