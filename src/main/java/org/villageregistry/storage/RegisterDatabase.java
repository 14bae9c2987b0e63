package org.villageregistry.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The encrypted H2 file of a workstation folder: how to reach it with the database key, and how to bring its
 * schema up to date with Flyway after copying the file to {@code backups/}.
 */
final class RegisterDatabase {
    static final String FILE = "register.mv.db";
    static final String BACKUPS = "backups";
    private static final String SQL_USER = "registry";
    private static final Logger LOG = LoggerFactory.getLogger(RegisterDatabase.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    static {
        // H2's shared value cache (h2.objectCache) hashes every string bound or read to look it up in a table of 1024:
        // each record's JSON state, a few hundred bytes, whose hash is worked out only for that (7 % of a township
        // import's thread, docs/BENCHMARKS.md). Read once, when H2 first loads; a setting given on the command
        // line stays.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    private final Path home;
    private final DatabaseKey key;
    private final List<String> migrationLocations;
    private final Clock clock;
    /** What the last {@link #open} took: connecting (opening the encrypted file), and the schema check. */
    private long connectNanos;
    private long schemaNanos;
    private boolean flywayRan;

    RegisterDatabase(Path home, DatabaseKey key, List<String> migrationLocations, Clock clock) {
        this.home = home;
        this.key = key;
        this.migrationLocations = List.copyOf(migrationLocations);
        this.clock = clock;
    }

    static Path file(Path home) {
        return home.resolve(FILE);
    }

    /**
     * Opens the register's one connection and brings its schema up to date over that same connection, so the
     * encrypted file is opened once. When migrations are pending on an existing register, the file is closed,
     * copied to {@code backups/} and opened again before they run. An existing register whose applied migrations
     * are exactly the program's does not start Flyway at all ({@link SchemaVersion}).
     */
    Connection open(boolean existing) {
        return open(existing, () -> { });
    }

    /** As {@link #open(boolean)}; {@code migrating} is told before pending migrations of an existing register run. */
    Connection open(boolean existing, Runnable migrating) {
        long started = System.nanoTime();
        Connection c = connect(existing);
        connectNanos = System.nanoTime() - started;
        started = System.nanoTime();
        try {
            if (existing && SchemaVersion.upToDate(c, migrationLocations)) {
                flywayRan = false;
                schemaNanos = System.nanoTime() - started;
                return c;
            }
            flywayRan = true;
            Flyway flyway = flyway(c);
            if (existing) {
                MigrationInfo[] pending = flyway.info().pending();
                if (pending.length > 0) {
                    migrating.run();
                    c.close();
                    backUpBefore(pending[0].getVersion().getVersion());
                    c = connect(true);
                    flyway = flyway(c);
                }
            }
            flyway.migrate();
            schemaNanos = System.nanoTime() - started;
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw StorageFailure.explain(e, home);
        }
    }

    /** Milliseconds the last {@link #open} spent opening the encrypted file. */
    double connectMillis() {
        return connectNanos / 1e6;
    }

    /** Milliseconds the last {@link #open} spent on the schema: the version check, and Flyway when it ran. */
    double schemaMillis() {
        return schemaNanos / 1e6;
    }

    /** Whether the last {@link #open} needed Flyway (a new register, or a schema older than the program). */
    boolean flywayRan() {
        return flywayRan;
    }

    Connection connect(boolean existing) {
        try {
            return DriverManager.getConnection(url(existing), SQL_USER, password());
        } catch (SQLException e) {
            throw StorageFailure.explain(e, home);
        }
    }

    private Flyway flyway(Connection c) {
        return Flyway.configure()
                .dataSource(new SharedConnection(c))
                .locations(migrationLocations.toArray(String[]::new))
                .loggers("slf4j")
                .load();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the failure that made us close is the one to report
        }
    }

    /** Copies the closed, still encrypted file; nothing is decrypted on the way. */
    private void backUpBefore(String version) {
        Path backups = home.resolve(BACKUPS);
        String name = "register-before-V" + version + "-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault()))
                + ".mv.db";
        try {
            Files.createDirectories(backups);
            Files.copy(file(home), backups.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            LOG.info("backed up the register before migrating to V{}: {}", version, name);
        } catch (IOException e) {
            throw StorageFailure.explain(e, home);
        }
    }

    private String url(boolean mustExist) {
        // TRACE_LEVEL_FILE=0: H2's trace file would hold SQL with personal data.
        // WRITE_DELAY=0: a commit reaches the file before it returns; with H2's default delay a process killed
        // just after exporting a bundle could lose changes the township already holds, and reuse their ids.
        // MAX_LENGTH_INPLACE_LOB=8192: a record's JSON state (a few hundred bytes) stays in its row instead of
        // H2's separate LOB store, which cost several extra writes per record in a township's import.
        // CACHE_SIZE (KB): from the heap limit, see cacheKb; QUERY_CACHE_SIZE: the loader and the
        // repositories prepare a few dozen distinct statements, H2 re-parses any beyond this many.
        // MAX_COMPACT_TIME stays at H2's 200 ms: closing without compaction saved that time per close but left
        // the file larger (docs/BENCHMARKS.md)
        return "jdbc:h2:file:" + home.resolve("register").toAbsolutePath()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;MAX_LENGTH_INPLACE_LOB=8192;CACHE_SIZE="
                + cacheKb(Runtime.getRuntime().maxMemory())
                + ";QUERY_CACHE_SIZE=64"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /**
     * H2's page cache in KB: a thirty-second of the heap limit, between 8 and 64 MB. The launchers give the program
     * a 512 MB limit (docs/decisions/0021), so 16 MB: with 64 MB the township's import kept a heap of 190 MB and more
     * than 300 MB resident; a JVM started without a limit (a quarter of the memory) keeps the 64 MB.
     */
    static long cacheKb(long maxHeapBytes) {
        return Math.max(8L << 10, Math.min(64L << 10, (maxHeapBytes >> 5) >> 10));
    }

    private String password() {
        return key.filePassword() + " " + key.sqlPassword();
    }
}
