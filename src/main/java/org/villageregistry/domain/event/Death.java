package org.villageregistry.domain.event;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/** A death. place and cause are nullable. */
public record Death(
        UUID id,
        long version,
        String owner,
        UUID personId,
        LocalDate date,
        String place,
        DeathCause cause,
        Recorded recorded,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.DEATH;
    }

    @Override
    public Death withVersion(long v) {
        return new Death(id, v, owner, personId, date, place, cause, recorded, voidReason);
    }

    @Override
    public Death withVoidReason(String reason) {
        return new Death(id, version, owner, personId, date, place, cause, recorded, reason);
    }
}
