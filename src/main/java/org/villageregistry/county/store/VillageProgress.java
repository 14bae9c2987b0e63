package org.villageregistry.county.store;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** How far one village's changes were applied at the county. */
public record VillageProgress(long lastChangeId, Optional<String> lastHash, Set<UUID> importedBundles) {
}
