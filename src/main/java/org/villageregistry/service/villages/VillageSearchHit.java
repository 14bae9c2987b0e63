package org.villageregistry.service.villages;

import org.villageregistry.domain.repository.PersonHit;

/** A person found in the merged township register, with the village the record belongs to. */
public record VillageSearchHit(PersonHit hit, String village) {
}
