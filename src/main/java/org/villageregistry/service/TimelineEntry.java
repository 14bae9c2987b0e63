package org.villageregistry.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.record.EntityType;

/**
 * One event in a person's life as the register knows it, or one change to the person's record;
 * {@code text} is already in the user's language. {@code author} and {@code at} say who wrote it and when;
 * both are null for entries that do not come from the change log. {@code recorded} says who recorded an event
 * and on which day (births, deaths, marriages and moves carry it); null for other entries.
 */
public record TimelineEntry(LocalDate date, EntityType type, UUID recordId, String text, String author,
                            Instant at, Recorded recorded) {
    public TimelineEntry(LocalDate date, EntityType type, UUID recordId, String text) {
        this(date, type, recordId, text, null, null, null);
    }

    /** An event with who recorded it and when. */
    public TimelineEntry(LocalDate date, EntityType type, UUID recordId, String text, Recorded recorded) {
        this(date, type, recordId, text, null, null, recorded);
    }

    /** A change of the record in the change log, by {@code author} at {@code at}. */
    public TimelineEntry(LocalDate date, EntityType type, UUID recordId, String text, String author, Instant at) {
        this(date, type, recordId, text, author, at, null);
    }

    /** True for a birth, death, marriage or move: events that are corrected in their own form. */
    public boolean isCorrectableEvent() {
        return !isChange() && switch (type) {
            case BIRTH, DEATH, MARRIAGE, MOVE -> true;
            default -> false;
        };
    }

    /** True for an entry of the change log (who changed the record and when). */
    public boolean isChange() {
        return at != null;
    }
}
