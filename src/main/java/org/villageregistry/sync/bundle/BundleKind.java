package org.villageregistry.sync.bundle;

import java.util.Optional;

/** What a bundle carries: the changes after the last acknowledged one, or a full snapshot of the register. */
public enum BundleKind {
    CHANGES("changes"),
    SNAPSHOT("snapshot");

    private final String wireName;

    BundleKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the {@code vreg} header and the key of the plaintext array. */
    public String wireName() {
        return wireName;
    }

    public static Optional<BundleKind> fromWireName(String name) {
        for (BundleKind k : values()) {
            if (k.wireName.equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
