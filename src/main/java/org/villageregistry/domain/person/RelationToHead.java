package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Coded;

/** Relation of a household member to the head of household. */
public enum RelationToHead implements Coded {
    HEAD("01", "户主", "Head"),
    SPOUSE("10", "配偶", "Spouse"),
    SON("20", "子", "Son"),
    DAUGHTER("30", "女", "Daughter"),
    PARENT("50", "父母", "Parent"),
    GRANDCHILD("40", "孙子女", "Grandchild"),
    OTHER("99", "其他", "Other");

    private final String code;
    private final String zh;
    private final String en;

    RelationToHead(String code, String zh, String en) {
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
