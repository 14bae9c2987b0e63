package org.villageregistry.service;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;

/** One event in a person's life as the register knows it; {@code text} is already in the user's language. */
public record TimelineEntry(LocalDate date, EntityType type, UUID recordId, String text) {
}
