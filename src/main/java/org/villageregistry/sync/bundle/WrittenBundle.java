package org.villageregistry.sync.bundle;

import java.nio.file.Path;

/** A bundle that is on disk under its final name, was read back and verified. */
public record WrittenBundle(Path file, BundleMetadata metadata, long bytes) {
    public String fileName() {
        return file.getFileName().toString();
    }
}
