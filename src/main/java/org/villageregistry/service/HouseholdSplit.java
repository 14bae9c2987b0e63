package org.villageregistry.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.person.RelationToHead;

/**
 * Members leaving a household to form a new one (分户): who goes, who heads the new household and each other
 * leaver's relation to that new head. The old head stays; address null keeps the old household's address.
 */
public record HouseholdSplit(UUID householdId, List<UUID> leavingMemberIds, UUID newHeadId,
                             Map<UUID, RelationToHead> relationsToNewHead, String address) {
    public HouseholdSplit {
        leavingMemberIds = List.copyOf(leavingMemberIds);
        relationsToNewHead = Map.copyOf(relationsToNewHead);
    }
}
