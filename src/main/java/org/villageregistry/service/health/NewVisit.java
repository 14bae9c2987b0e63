package org.villageregistry.service.health;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.health.VisitResult;
import org.villageregistry.domain.health.VisitType;

/** What the registrar typed for a service visit. pregnancyId, provider, findings, result and nextDue are optional. */
public record NewVisit(UUID personId, UUID pregnancyId, LocalDate date, VisitType type, String provider,
                       String findings, VisitResult result, LocalDate nextDue) {
}
