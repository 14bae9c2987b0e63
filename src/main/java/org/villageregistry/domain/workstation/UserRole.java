package org.villageregistry.domain.workstation;

import org.villageregistry.domain.text.Coded;

/** Roles of the people who use a workstation. */
public enum UserRole implements Coded {
    ADMINISTRATOR("admin", "管理员", "Administrator"),
    REGISTRAR("registrar", "登记员", "Registrar"),
    TOWNSHIP_CLERK("clerk", "乡镇专干", "Township clerk"),
    AUDITOR("auditor", "审计员", "Auditor");

    private final String code;
    private final String zh;
    private final String en;

    UserRole(String code, String zh, String en) {
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
