package org.villageregistry.county.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the county holds of one enrolled township or village: the day its data reach to (when the village made the
 * latest bundle the county applied; for bundles kept before that was known, when it was received) and when the county
 * last received a bundle of it (a township: of any of its villages).
 */
public record Reported(String division, String divisionName, Optional<Instant> dataUpTo,
                       Optional<Instant> lastReceived) {
}
