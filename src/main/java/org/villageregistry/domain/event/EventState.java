package org.villageregistry.domain.event;

import org.villageregistry.domain.text.Code;
import org.villageregistry.domain.text.Coded;

/** State of a recorded event. */
public enum EventState implements Coded {
    @Code(code = "1", zh = "已确认", en = "Confirmed") CONFIRMED,
    @Code(code = "2", zh = "待核实", en = "To be verified") PENDING,
    @Code(code = "9", zh = "已作废", en = "Voided") VOIDED
}
