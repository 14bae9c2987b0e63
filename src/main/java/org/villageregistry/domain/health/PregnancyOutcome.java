package org.villageregistry.domain.health;

import org.villageregistry.domain.text.Coded;

/** How a pregnancy ended. */
public enum PregnancyOutcome implements Coded {
    LIVE_BIRTH("1", "活产", "Live birth"),
    STILLBIRTH("2", "死胎死产", "Stillbirth"),
    MISCARRIAGE("3", "流产", "Miscarriage"),
    OTHER("9", "其他", "Other");

    private final String code;
    private final String zh;
    private final String en;

    PregnancyOutcome(String code, String zh, String en) {
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
