package org.villageregistry.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;

/**
 * Persons leaving (HUKOU_OUT, FLOAT_LEAVE) or going to live elsewhere (FLOAT_OUT). With {@code householdId}
 * set, the whole household moves and personIds may be empty.
 */
public record MoveOutReport(MoveKind kind, LocalDate date, List<UUID> personIds, UUID householdId,
                            String toDivision, String address, MoveReason reason, EventSource source) {
    public MoveOutReport {
        personIds = List.copyOf(personIds);
    }
}
