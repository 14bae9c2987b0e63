package org.villageregistry.domain.event;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A marriage, divorce or remarriage between a husband and a wife. One side may live outside the register:
 * then its id is null and otherPartyName / otherPartyIdNumber say who it is.
 */
public record Marriage(
        UUID id,
        long version,
        String owner,
        MarriageKind kind,
        UUID husbandId,
        UUID wifeId,
        String otherPartyName,
        String otherPartyIdNumber,
        LocalDate date,
        String certificateNumber,
        Recorded recorded,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.MARRIAGE;
    }

    @Override
    public Marriage withVersion(long v) {
        return new Marriage(id, v, owner, kind, husbandId, wifeId, otherPartyName, otherPartyIdNumber, date,
                certificateNumber, recorded, voidReason);
    }

    @Override
    public Marriage withVoidReason(String reason) {
        return new Marriage(id, version, owner, kind, husbandId, wifeId, otherPartyName, otherPartyIdNumber, date,
                certificateNumber, recorded, reason);
    }
}
