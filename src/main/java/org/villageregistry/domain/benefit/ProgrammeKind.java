package org.villageregistry.domain.benefit;

import org.villageregistry.domain.text.Coded;

/** Which rule decides eligibility for a benefit programme. */
public enum ProgrammeKind implements Coded {
    CHILDCARE_SUBSIDY("1", "育儿补贴", "Childcare subsidy"),
    RURAL_REWARD("2", "农村部分计划生育家庭奖励扶助", "Rural family reward support"),
    SPECIAL_SUPPORT_DEATH("3", "计划生育家庭特别扶助(独生子女死亡)", "Special support (only child died)"),
    SPECIAL_SUPPORT_DISABILITY("4", "计划生育家庭特别扶助(独生子女伤残)", "Special support (only child disabled)"),
    ONLY_CHILD_PARENT("5", "独生子女父母奖励", "Only-child parents reward");

    private final String code;
    private final String zh;
    private final String en;

    ProgrammeKind(String code, String zh, String en) {
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
