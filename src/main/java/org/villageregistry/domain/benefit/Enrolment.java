package org.villageregistry.domain.benefit;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A person enrolled in a programme, confirmed by a registrar. childId is the child the benefit is for
 * (育儿补贴), else null. to is null while open. reverificationDue is the annual re-check date.
 */
public record Enrolment(
        UUID id,
        long version,
        String owner,
        UUID personId,
        UUID programmeId,
        UUID childId,
        LocalDate from,
        LocalDate to,
        String evidence,
        String verifiedBy,
        LocalDate verifiedOn,
        LocalDate reverificationDue,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.ENROLMENT;
    }

    @Override
    public Enrolment withVersion(long v) {
        return new Enrolment(id, v, owner, personId, programmeId, childId, from, to, evidence, verifiedBy, verifiedOn,
                reverificationDue, voidReason);
    }

    @Override
    public Enrolment withVoidReason(String reason) {
        return new Enrolment(id, version, owner, personId, programmeId, childId, from, to, evidence, verifiedBy,
                verifiedOn, reverificationDue, reason);
    }
}
