package org.villageregistry.county.store;

import org.villageregistry.domain.repository.Change;

/** A change the county did not apply, with its reason code (as the township's) and a plain-language message. */
public record QuarantinedChange(Change change, String reasonCode, String message) {
}
