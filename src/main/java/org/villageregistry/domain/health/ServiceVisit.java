package org.villageregistry.domain.health;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A voluntary health service visit. pregnancyId (for follow-ups and postnatal visits), provider, findings,
 * result and nextDue are nullable. Sensitive data: every view is audited.
 */
public record ServiceVisit(
        UUID id,
        long version,
        String owner,
        UUID personId,
        UUID pregnancyId,
        LocalDate date,
        VisitType type,
        String provider,
        String findings,
        VisitResult result,
        LocalDate nextDue,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.SERVICE_VISIT;
    }

    @Override
    public ServiceVisit withVersion(long v) {
        return new ServiceVisit(id, v, owner, personId, pregnancyId, date, type, provider, findings, result, nextDue,
                voidReason);
    }

    @Override
    public ServiceVisit withVoidReason(String reason) {
        return new ServiceVisit(id, version, owner, personId, pregnancyId, date, type, provider, findings, result,
                nextDue, reason);
    }
}
