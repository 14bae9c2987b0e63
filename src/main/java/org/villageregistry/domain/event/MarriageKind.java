package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Kind of marital event. */
public enum MarriageKind implements Coded {
    @Code(code = "1", zh = "结婚", en = "Marriage") MARRIAGE,
    @Code(code = "2", zh = "离婚", en = "Divorce") DIVORCE,
    @Code(code = "3", zh = "复婚", en = "Remarriage to former spouse") REMARRIAGE
}
