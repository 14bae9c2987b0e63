package org.villageregistry.county.store;

import org.villageregistry.domain.repository.Change;

/** A change that passed the rules, with the record it leaves behind. */
public record AppliedChange(Change change, CountyRecord record) {
}
