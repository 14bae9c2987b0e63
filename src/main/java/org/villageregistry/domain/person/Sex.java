package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Coded;

/** Sex, GB/T 2261.1. */
public enum Sex implements Coded {
    MALE("1", "男", "Male"),
    FEMALE("2", "女", "Female");

    private final String code;
    private final String zh;
    private final String en;

    Sex(String code, String zh, String en) {
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
