package org.villageregistry.domain.benefit;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Which rule decides eligibility for a benefit programme. */
public enum ProgrammeKind implements Coded {
    @Code(code = "1", zh = "育儿补贴", en = "Childcare subsidy") CHILDCARE_SUBSIDY,
    @Code(code = "2", zh = "农村部分计划生育家庭奖励扶助", en = "Rural family reward support") RURAL_REWARD,
    @Code(code = "3", zh = "计划生育家庭特别扶助(独生子女死亡)", en = "Special support (only child died)") SPECIAL_SUPPORT_DEATH,
    @Code(code = "4", zh = "计划生育家庭特别扶助(独生子女伤残)", en = "Special support (only child disabled)") SPECIAL_SUPPORT_DISABILITY,
    @Code(code = "5", zh = "独生子女父母奖励", en = "Only-child parents reward") ONLY_CHILD_PARENT
}
