package org.villageregistry.domain.event;

import java.time.LocalDateTime;
import java.util.UUID;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A live birth (a stillbirth is not a birth). The child is a Person created with it. fatherId, weightGrams,
 * gestationWeeks, certificateNumber (出生医学证明: letter + 9 digits) and healthStatus are nullable.
 * birthOrder (孩次) is computed by {@code BirthOrderRule}; twins each get their own order.
 */
public record Birth(
        UUID id,
        long version,
        String owner,
        UUID childId,
        UUID motherId,
        UUID fatherId,
        LocalDateTime bornAt,
        Sex sex,
        int birthOrder,
        BirthPlace place,
        Integer weightGrams,
        Integer gestationWeeks,
        String certificateNumber,
        String healthStatus,
        Recorded recorded,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.BIRTH;
    }

    @Override
    public Birth withVersion(long v) {
        return new Birth(id, v, owner, childId, motherId, fatherId, bornAt, sex, birthOrder, place, weightGrams,
                gestationWeeks, certificateNumber, healthStatus, recorded, voidReason);
    }

    @Override
    public Birth withVoidReason(String reason) {
        return new Birth(id, version, owner, childId, motherId, fatherId, bornAt, sex, birthOrder, place, weightGrams,
                gestationWeeks, certificateNumber, healthStatus, recorded, reason);
    }
}
