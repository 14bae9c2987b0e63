package org.villageregistry.domain.health;

import org.villageregistry.domain.text.Coded;

/** Kind of voluntary health service visit. */
public enum VisitType implements Coded {
    PREGNANCY_FOLLOW_UP("1", "孕情随访", "Pregnancy follow-up"),
    POSTNATAL("2", "产后访视", "Postnatal visit"),
    WOMEN_HEALTH_CHECK("3", "妇女健康检查", "Women's health check-up"),
    CONTRACEPTIVE_COUNSELLING("4", "避孕咨询/药具发放", "Contraceptive counselling or supplies"),
    PRE_PREGNANCY_CHECK("5", "孕前优生健康检查", "Pre-pregnancy check");

    private final String code;
    private final String zh;
    private final String en;

    VisitType(String code, String zh, String en) {
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
