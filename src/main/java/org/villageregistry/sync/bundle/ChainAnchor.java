package org.villageregistry.sync.bundle;

import java.util.Optional;

/**
 * The last change of an origin the township has already applied, and its hash: where a new bundle's chain
 * must attach. {@link #start()} when nothing from that origin was applied yet.
 */
public record ChainAnchor(long changeId, Optional<String> hash) {
    public ChainAnchor {
        if (changeId < 0 || (changeId > 0 && hash.isEmpty())) {
            throw new IllegalArgumentException("an anchor after change " + changeId + " needs its hash");
        }
    }

    public static ChainAnchor start() {
        return new ChainAnchor(0, Optional.empty());
    }

    public static ChainAnchor after(long changeId, String hash) {
        return new ChainAnchor(changeId, Optional.of(hash));
    }
}
