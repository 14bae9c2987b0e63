package org.villageregistry.domain.health;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** How a pregnancy ended. */
public enum PregnancyOutcome implements Coded {
    @Code(code = "1", zh = "活产", en = "Live birth") LIVE_BIRTH,
    @Code(code = "2", zh = "死胎死产", en = "Stillbirth") STILLBIRTH,
    @Code(code = "3", zh = "流产", en = "Miscarriage") MISCARRIAGE,
    @Code(code = "9", zh = "其他", en = "Other") OTHER
}
