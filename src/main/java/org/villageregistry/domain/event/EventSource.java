package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Coded;

/** Where the knowledge of an event came from. */
public enum EventSource implements Coded {
    SELF_REPORT("1", "本人申报", "Self-reported"),
    HOSPITAL("2", "医院出生信息", "Hospital birth information"),
    POLICE("3", "公安户籍比对", "Police hukou reconciliation"),
    TOWNSHIP("4", "乡镇反馈", "Township feedback");

    private final String code;
    private final String zh;
    private final String en;

    EventSource(String code, String zh, String en) {
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
