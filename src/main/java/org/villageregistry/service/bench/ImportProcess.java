package org.villageregistry.service.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A township's import as a registrar runs it: {@code vreg import} in a Java process of its own, started the way the
 * installed launcher starts the program (its JVM options), signing in with the password on standard input. What the
 * memory goal measures: that process's peak resident set, not the benchmark's own (which holds the generator's data
 * and runs with whatever heap the benchmark was given).
 */
@FunctionalInterface
public interface ImportProcess {
    /** The peak resident set of the process and how it was started (its JVM options, its heap limit). */
    /**
     * @param collections the collector's pauses during the process (-1 where not known)
     * @param collectorMs the sum of those pauses in milliseconds
     */
    record Peak(long residentBytes, long wallMs, String how, int collections, long collectorMs) {
    }

    /**
     * Imports the bundles in {@code bundles} into the (closed) register at {@code home}; the peak, or empty where the
     * system does not tell a process's peak resident set (only Linux's /proc does).
     *
     * @throws IOException when the process could not start, failed, or refused a bundle
     */
    Optional<Peak> importAll(Path home, String user, String password, Path bundles) throws IOException;

    /** Measures nothing (the benchmark's tests and runs outside the command line). */
    ImportProcess NONE = (home, user, password, bundles) -> Optional.empty();
}
