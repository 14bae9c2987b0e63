package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Coded;

/** Where a child was born. */
public enum BirthPlace implements Coded {
    HOSPITAL("1", "医院", "Hospital"),
    HOME("2", "家中", "Home"),
    ON_THE_WAY("3", "途中", "On the way"),
    OTHER("9", "其他", "Other");

    private final String code;
    private final String zh;
    private final String en;

    BirthPlace(String code, String zh, String en) {
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
