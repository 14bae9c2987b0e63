package org.villageregistry.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * The sample township 城关镇 and its village 柳树村 (sample-data/), copied to a temporary folder and opened as
 * their administrators, with their sync services: the fuzz tests read untrusted files into these registers. The
 * keys are the sample's own, so the saved seed files (sample bundles, receipts, enrolment files) stay valid.
 * The fuzz tests share one pair ({@link #shared}): opening a sample register costs an Argon2 derivation, and
 * every fuzz property compares the register before and after each input, so the inputs need no fresh register.
 */
public final class SampleRegisters implements AutoCloseable {
    public static final Path SAMPLE = Path.of("sample-data");
    public static final String PASSWORD = "sample-password-2026";
    public static final Clock CLOCK = Clock.systemUTC();

    public final H2RegisterStore store = TestStores.quick(CLOCK);
    public final Register township;
    public final Register willow;
    public final SyncServices townshipSync;
    public final SyncServices willowSync;

    private static SampleRegisters shared;

    /** The pair every fuzz test uses, opened on first use in a temporary folder and closed when the JVM ends. */
    public static synchronized SampleRegisters shared() {
        if (shared == null) {
            try {
                Path temp = Files.createTempDirectory("vreg-fuzz-");
                SampleRegisters opened = new SampleRegisters(temp);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    opened.close();
                    delete(temp);
                }));
                shared = opened;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public SampleRegisters(Path temp) {
        township = store.open(copy("township", temp), "admin", PASSWORD.toCharArray());
        willow = store.open(copy("village-01", temp), "admin", PASSWORD.toCharArray());
        townshipSync = SyncModule.services(township, CLOCK);
        willowSync = SyncModule.services(willow, CLOCK);
    }

    private static Path copy(String folder, Path temp) {
        Path target = temp.resolve(folder);
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(SAMPLE.resolve(folder))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * How many rows each table holds, and the newest change: cheap enough to take before and after every fuzz
     * input, and different whenever an import applied anything (each import records itself in a table).
     */
    public static String rowCounts(Register register) {
        return TestStores.rowCounts(register);
    }

    /** Deletes a folder's files (the fuzz inbox between inputs). */
    public static void empty(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(folder)).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file or a folder with everything in it. */
    public static void delete(Path fileOrFolder) {
        empty(fileOrFolder);
        fileOrFolder.toFile().delete();
    }

    @Override
    public void close() {
        township.close();
        willow.close();
    }
}
