package org.villageregistry.service.health;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.health.VisitType;

/**
 * A row of a health list, holding only what is needed to find the record: whose it is and, for visits, the
 * kind and the day (the visit day, or for the due list the day the next visit falls due). Findings, results,
 * providers and pregnancy dates are only shown after opening the record, which is audited.
 */
public record HealthListEntry(UUID recordId, UUID personId, String name, String householdNumber, VisitType type,
                              LocalDate day) {
}
