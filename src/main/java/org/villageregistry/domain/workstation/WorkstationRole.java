package org.villageregistry.domain.workstation;

import org.villageregistry.domain.text.Coded;

/** What a workstation keeps: one village's register, or the merged register of a township. */
public enum WorkstationRole implements Coded {
    VILLAGE("village", "村级工作站", "Village workstation"),
    TOWNSHIP("township", "乡镇工作站", "Township workstation");

    private final String code;
    private final String zh;
    private final String en;

    WorkstationRole(String code, String zh, String en) {
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
