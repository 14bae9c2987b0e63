package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** Broad cause category of a death (optional). */
public enum DeathCause implements Coded {
    @Code(code = "1", zh = "疾病", en = "Disease") DISEASE,
    @Code(code = "2", zh = "损伤", en = "Injury") INJURY,
    @Code(code = "3", zh = "高龄", en = "Old age") AGE,
    @Code(code = "9", zh = "其他", en = "Other") OTHER,
    @Code(code = "0", zh = "不详", en = "Unknown") UNKNOWN
}
