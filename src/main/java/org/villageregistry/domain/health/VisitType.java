package org.villageregistry.domain.health;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Kind of voluntary health service visit. */
public enum VisitType implements Coded {
    @Code(code = "1", zh = "孕情随访", en = "Pregnancy follow-up") PREGNANCY_FOLLOW_UP,
    @Code(code = "2", zh = "产后访视", en = "Postnatal visit") POSTNATAL,
    @Code(code = "3", zh = "妇女健康检查", en = "Women's health check-up") WOMEN_HEALTH_CHECK,
    @Code(code = "4", zh = "避孕咨询/药具发放", en = "Contraceptive counselling or supplies") CONTRACEPTIVE_COUNSELLING,
    @Code(code = "5", zh = "孕前优生健康检查", en = "Pre-pregnancy check") PRE_PREGNANCY_CHECK
}
