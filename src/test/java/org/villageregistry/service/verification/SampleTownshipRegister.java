package org.villageregistry.service.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.sample.SampleSettings;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * The sample township's register as it stands once its two villages' bundles are in, opened by its clerk: made
 * once per test run, each test opening its own copy.
 */
public final class SampleTownshipRegister {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.UTC);
    public static final String WILLOW = "410103100001";
    public static final String APRICOT = "410103100002";
    private static final H2RegisterStore STORE = TestStores.quick(CLOCK);
    private static Path made;

    private SampleTownshipRegister() {
    }

    public static Register open(Path folder) {
        return STORE.open(copyTo(folder), SampleTownshipGenerator.CLERK,
                SampleTownshipGenerator.SAMPLE_PASSWORD.toCharArray());
    }

    /** The store the township's registers open with. */
    public static H2RegisterStore store() {
        return STORE;
    }

    /** A copy of the township's workstation folder in {@code folder/township}; returns that folder. */
    public static synchronized Path copyTo(Path folder) {
        try {
            if (made == null) {
                Path once = Files.createTempDirectory("verification-township");
                made = new SampleTownshipGenerator(STORE).generateMergedTownship(once.resolve("township"),
                        new SampleSettings(once, 2, 150, 11, SampleSettings.DEFAULT_REFERENCE));
            }
            Path home = folder.resolve("township");
            copy(made, home);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
