package org.villageregistry.domain.event;

import java.time.LocalDate;

/** Who recorded an event, when, from which source, and its state. */
public record Recorded(LocalDate recordedOn, String recordedBy, EventSource source, EventState state) {
    public static Recorded selfReport(LocalDate on, String by) {
        return new Recorded(on, by, EventSource.SELF_REPORT, EventState.CONFIRMED);
    }
}
