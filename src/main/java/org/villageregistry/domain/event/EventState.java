package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Coded;

/** State of a recorded event. */
public enum EventState implements Coded {
    CONFIRMED("1", "已确认", "Confirmed"),
    PENDING("2", "待核实", "To be verified"),
    VOIDED("9", "已作废", "Voided");

    private final String code;
    private final String zh;
    private final String en;

    EventState(String code, String zh, String en) {
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
