package org.villageregistry.county.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the county received from one enrolled township or village: the bundles received in a time span, and when
 * it last received one at all.
 */
public record Reported(String division, String divisionName, long bundlesInSpan, Optional<Instant> lastReceived) {
}
