package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Coded;

/** Hukou (household registration) type. */
public enum HukouType implements Coded {
    AGRICULTURAL("1", "农业", "Agricultural"),
    NON_AGRICULTURAL("2", "非农业", "Non-agricultural"),
    RESIDENT("3", "居民", "Resident (unified)");

    private final String code;
    private final String zh;
    private final String en;

    HukouType(String code, String zh, String en) {
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
