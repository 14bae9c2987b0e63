package org.villageregistry.service;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;

/** A death as reported; place and cause may be unknown. */
public record DeathReport(UUID personId, LocalDate date, String place, DeathCause cause, EventSource source) {
}
