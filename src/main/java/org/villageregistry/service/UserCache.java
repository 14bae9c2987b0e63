package org.villageregistry.service;

import java.nio.file.Path;

/**
 * The user's cache folder for the program's own derived files (the class-data archive of the jar, the font copies):
 * {@code $XDG_CACHE_HOME/village-registry}, or {@code ~/.cache/village-registry}; safe to delete, written again.
 */
public final class UserCache {
    private UserCache() {
    }

    public static Path folder() {
        String cache = System.getenv("XDG_CACHE_HOME");
        return (cache == null || cache.isBlank() ? Path.of(System.getProperty("user.home"), ".cache")
                : Path.of(cache)).resolve("village-registry");
    }
}
