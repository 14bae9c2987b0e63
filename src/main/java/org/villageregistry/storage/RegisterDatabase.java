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
import org.flywaydb.core.api.FlywayException;
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

    private final Path home;
    private final DatabaseKey key;
    private final List<String> migrationLocations;
    private final Clock clock;

    RegisterDatabase(Path home, DatabaseKey key, List<String> migrationLocations, Clock clock) {
        this.home = home;
        this.key = key;
        this.migrationLocations = List.copyOf(migrationLocations);
        this.clock = clock;
    }

    static Path file(Path home) {
        return home.resolve(FILE);
    }

    /** Creates the schema of a new register, or migrates an existing one after backing its file up. */
    void migrate(boolean existing) {
        Flyway flyway = Flyway.configure()
                .dataSource(url(existing), SQL_USER, password())
                .locations(migrationLocations.toArray(String[]::new))
                .loggers("slf4j")
                .load();
        try {
            if (existing) {
                MigrationInfo[] pending = flyway.info().pending();
                if (pending.length > 0) {
                    backUpBefore(pending[0].getVersion().getVersion());
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw StorageFailure.explain(e, home);
        }
    }

    Connection connect(boolean existing) {
        try {
            return DriverManager.getConnection(url(existing), SQL_USER, password());
        } catch (SQLException e) {
            throw StorageFailure.explain(e, home);
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
        return "jdbc:h2:file:" + home.resolve("register").toAbsolutePath()
                + ";CIPHER=AES;TRACE_LEVEL_FILE=0;WRITE_DELAY=0;MAX_LENGTH_INPLACE_LOB=8192"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private String password() {
        return key.filePassword() + " " + key.sqlPassword();
    }
}
