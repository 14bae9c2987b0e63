package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Coded;

/** Marital status, GB/T 2261.2. Codes 20–23 count as married. */
public enum MaritalStatus implements Coded {
    UNMARRIED("10", "未婚", "Never married"),
    MARRIED("20", "已婚", "Married"),
    FIRST_MARRIAGE("21", "初婚", "First marriage"),
    REMARRIED("22", "再婚", "Remarried"),
    MARRIED_AGAIN("23", "复婚", "Remarried to former spouse"),
    WIDOWED("30", "丧偶", "Widowed"),
    DIVORCED("40", "离婚", "Divorced");

    private final String code;
    private final String zh;
    private final String en;

    MaritalStatus(String code, String zh, String en) {
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
