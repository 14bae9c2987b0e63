package org.villageregistry.domain.health;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Coded result of a service visit. */
public enum VisitResult implements Coded {
    @Code(code = "1", zh = "正常", en = "Normal") NORMAL,
    @Code(code = "2", zh = "异常需复查", en = "Abnormal, recheck") RECHECK,
    @Code(code = "3", zh = "转诊", en = "Referred") REFERRED
}
