package org.villageregistry.county.store;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a bundle's records came from: village, township, bundle, signing key, when the county received it, and when
 * the village made it (the day its data reach to).
 */
public record BundleLineage(UUID bundleId, String village, String township, long sequence, long fromChange,
                            long toChange, String kind, String signingKid, Instant receivedAt, Instant createdAt) {
}
