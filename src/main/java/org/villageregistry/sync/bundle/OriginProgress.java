package org.villageregistry.sync.bundle;

import java.util.Set;
import java.util.UUID;

/** What the township has already applied from one origin: the last change id and the bundles imported. */
public record OriginProgress(long lastAppliedChangeId, Set<UUID> importedBundles) {
    public OriginProgress {
        importedBundles = Set.copyOf(importedBundles);
    }

    public static OriginProgress none() {
        return new OriginProgress(0, Set.of());
    }
}
