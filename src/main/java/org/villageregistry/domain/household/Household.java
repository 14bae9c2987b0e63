package org.villageregistry.domain.household;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A household (户). Members are the persons whose householdId is this id, each with a relation to the head.
 * {@code number} (户号) is unique in the village. headId and closedOn are nullable.
 */
public record Household(
        UUID id,
        long version,
        String owner,
        String number,
        String group,
        String address,
        UUID headId,
        HukouType hukouType,
        LocalDate createdOn,
        LocalDate closedOn,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.HOUSEHOLD;
    }

    @Override
    public Household withVersion(long v) {
        return new Household(id, v, owner, number, group, address, headId, hukouType, createdOn, closedOn, voidReason);
    }

    @Override
    public Household withVoidReason(String reason) {
        return new Household(id, version, owner, number, group, address, headId, hukouType, createdOn, closedOn, reason);
    }

    public Household withHead(UUID head) {
        return new Household(id, version, owner, number, group, address, head, hukouType, createdOn, closedOn, voidReason);
    }

    public Household closed(LocalDate on) {
        return new Household(id, version, owner, number, group, address, headId, hukouType, createdOn, on, voidReason);
    }

    /** The same household with another head. */
    public Household headedBy(UUID head) {
        return new Household(id, version, owner, number, group, address, head, hukouType, createdOn, closedOn,
                voidReason);
    }
}
