package org.villageregistry.domain.person;

import org.villageregistry.domain.text.Coded;

/** Where a person stands in the register; the last two mean the person has left it. */
public enum ResidenceStatus implements Coded {
    RESIDENT("1", "户籍在村且常住", "Registered and living here"),
    AWAY("2", "户籍在村但流出", "Registered here, living away"),
    INCOMING("3", "流入(外地户籍常住)", "Living here, registered elsewhere"),
    MOVED_OUT("4", "已迁出", "Moved out"),
    DEAD("5", "已死亡", "Deceased");

    private final String code;
    private final String zh;
    private final String en;

    ResidenceStatus(String code, String zh, String en) {
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
