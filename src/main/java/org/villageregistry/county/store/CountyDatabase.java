package org.villageregistry.county.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

/**
 * The county's PostgreSQL: a server named by its JDBC URL (production), or an embedded PostgreSQL kept in a
 * folder of the county's home (a trial on one machine, and the tests). The schema is kept by Flyway's
 * migrations under {@code db/county}. Connections are pooled (HikariCP); while PostgreSQL is down a request waits
 * at most {@link #WAIT_FOR_CONNECTION_MS} for one, then fails as {@link CountyStore.DatabaseUnavailable}.
 */
public final class CountyDatabase implements AutoCloseable {
    static final long WAIT_FOR_CONNECTION_MS = 5_000;

    private final HikariDataSource source;
    private final EmbeddedPostgres embedded;
    private final String description;
    private final String embeddedPassword;
    private Path embeddedFolder;

    private CountyDatabase(HikariDataSource source, EmbeddedPostgres embedded, String description) {
        this(source, embedded, description, null);
    }

    private CountyDatabase(HikariDataSource source, EmbeddedPostgres embedded, String description, String password) {
        this.source = source;
        this.embedded = embedded;
        this.description = description;
        this.embeddedPassword = password;
    }

    /** A PostgreSQL server: {@code jdbc:postgresql://host:port/db?user=…&password=…}. */
    public static CountyDatabase server(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new RegistryException("county.db.badUrl", jdbcUrl);
        }
        return new CountyDatabase(pool(jdbcUrl), null, jdbcUrl.replaceAll("password=[^&]*", "password=…"));
    }

    private static HikariDataSource pool(String jdbcUrl) {
        return pool(jdbcUrl, null);
    }

    private static HikariDataSource pool(String jdbcUrl, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("county");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(WAIT_FOR_CONNECTION_MS);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(-1); // the server starts while PostgreSQL is still down, and waits for it
        config.addDataSourceProperty("connectTimeout", "10");
        return new HikariDataSource(config);
    }

    /**
     * Starts (and at first use makes) an embedded PostgreSQL whose data lives in {@code folder}; while another
     * process (the running {@code vreg county serve}) has it started, connects to that one instead, so that
     * {@code vreg county stats} or {@code user add} work beside the server.
     * <p>
     * Every connection gives a password (scram-sha-256), kept in {@code <folder>.password} readable by the county's
     * account alone; a folder made by an earlier version, which trusted every local connection, gets one at its
     * first start. Writes are made durable (fsync and synchronous commit on): an upload answered 201 survives a
     * power cut. (zonky's defaults, made for tests, trust local users and turn both off.)
     */
    public static CountyDatabase embedded(Path folder) {
        if (Files.isDirectory(folder) && !(Files.isReadable(folder) && Files.isWritable(folder))) {
            // another account's folder (the county service's, run without sudo -u): refused before PostgreSQL,
            // which would take an unreadable folder for an empty one and try to make a new database in it
            throw new RegistryException("county.db.notThisAccount", folder.toAbsolutePath().toString(),
                    owner(folder), System.getProperty("user.name"));
        }
        try {
            Files.createDirectories(folder);
            String password = EmbeddedSecret.of(folder);
            Optional<Integer> running = startedElsewhere(folder);
            if (running.isPresent()) {
                return new CountyDatabase(pool(url(running.get()), password), null,
                        Messages.get("county.db.embeddedShared", folder.toString(), String.valueOf(running.get())));
            }
            stopLeftOver(folder);
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                    // initdb of a new folder: the superuser's password from the start, no trusted connection
                    .setLocaleConfig("auth", EmbeddedSecret.METHOD)
                    .setLocaleConfig("pwfile", EmbeddedSecret.file(folder).toAbsolutePath().toString())
                    .setConnectConfig("password", password)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            EmbeddedSecret.requirePasswords(folder, pg.getPort(), password);
            CountyDatabase started = new CountyDatabase(pool(url(pg.getPort()), password), pg,
                    Messages.get("county.db.embedded", folder.toAbsolutePath().toString(),
                            String.valueOf(pg.getPort())), password);
            started.embeddedFolder = folder;
            return started;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new RegistryException(e, "county.db.embeddedFailed", folder.toString(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * A PostgreSQL left running on the folder by a server that was killed (kill -9, a crash: zonky's shutdown hook
     * never ran) while no process holds the folder's lock: stopped (SIGTERM, PostgreSQL's smart shutdown; it has
     * no clients left) before a new one starts, or the start would wait in vain for the port the old one holds.
     * Only a process that is PostgreSQL's and names this folder in its {@code postmaster.pid} is stopped.
     */
    private static void stopLeftOver(Path folder) throws IOException {
        Optional<ProcessHandle> left = postmaster(folder);
        if (left.isEmpty()) {
            return;
        }
        ProcessHandle old = left.get();
        java.util.logging.Logger.getLogger(CountyDatabase.class.getName()).fine(() -> "stopping left-over PostgreSQL "
                + old.pid());
        old.destroy();
        try {
            old.onExit().get(LEFT_OVER_STOP_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new RegistryException("county.db.leftOverRunning", folder.toString(), String.valueOf(old.pid()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("county.db.leftOverRunning", folder.toString(), String.valueOf(old.pid()));
        }
    }

    private static final int LEFT_OVER_STOP_SECONDS = 30;

    /**
     * The live PostgreSQL process that {@code postmaster.pid} of the folder names: its first line the process id,
     * its second the data folder; empty when there is none, it is gone, or the id now belongs to something else.
     */
    static Optional<ProcessHandle> postmaster(Path folder) throws IOException {
        Path pid = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean ours = Path.of(lines.get(1).strip()).toAbsolutePath().normalize()
                .equals(folder.toAbsolutePath().normalize());
        return ProcessHandle.of(id).filter(ProcessHandle::isAlive).filter(p -> ours)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }

    /**
     * Whether the embedded PostgreSQL this object started is still running (a server stops when it is not, so
     * that its service manager starts it again); true for a database this object did not start.
     */
    public boolean alive() {
        if (embedded == null || embeddedFolder == null) {
            return true;
        }
        try {
            return postmaster(embeddedFolder).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static String owner(Path folder) {
        try {
            return Files.getOwner(folder).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /** The JDBC URL of an embedded PostgreSQL on this machine (user postgres; the password is given apart). */
    private static String url(int port) {
        return String.format(Locale.ROOT, RUNNING_URL, port);
    }

    private static final String RUNNING_URL = "jdbc:postgresql://localhost:%d/postgres?user=postgres";
    /** The file zonky's embedded PostgreSQL holds locked for as long as it runs the folder. */
    private static final String LOCK_FILE = "epg-lock";

    /**
     * The port of the PostgreSQL another owner runs in {@code folder}: its lock is held (by another process, or
     * by this one's own server) and {@code postmaster.pid} names the port on its fourth line.
     */
    private static Optional<Integer> startedElsewhere(Path folder) throws IOException {
        Path lock = folder.resolve(LOCK_FILE);
        Path pid = folder.resolve("postmaster.pid");
        if (!Files.exists(lock) || !Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        boolean held;
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock free = channel.tryLock();
            held = free == null;
            if (free != null) {
                free.release();
            }
        } catch (OverlappingFileLockException heldByThisProcess) {
            held = true;
        }
        if (!held) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pid);
        try {
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Brings the schema up to date. */
    public CountyDatabase migrate() {
        try {
            Flyway.configure().dataSource(source).locations("classpath:db/county").load().migrate();
        } catch (FlywayException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                // the database cannot be reached (or refused us): say so, not "internal error"; not reached or not
                // answering (SQL states 08…, 57P0…) is said in words, a refusal (a wrong password, no such
                // database) quotes PostgreSQL, whose words say what to fix
                String state = String.valueOf(sql.getSQLState());
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    throw new RegistryException(e, "county.db.unavailable", state);
                }
                throw new RegistryException(e, "county.db.failed", state, String.valueOf(sql.getMessage()));
            }
            throw e;
        }
        return this;
    }

    public String description() {
        return description;
    }

    /**
     * The embedded server's JDBC URL (user postgres, with its password), so a second county or a test can share
     * it. Never logged.
     */
    public String embeddedJdbcUrl() {
        if (embedded == null) {
            throw new IllegalStateException("not an embedded database");
        }
        return url(embedded.getPort()) + "&password=" + embeddedPassword;
    }

    Connection connection() throws SQLException {
        return source.getConnection();
    }

    @Override
    public void close() {
        source.close();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new RegistryException(e, "county.db.embeddedFailed", description, String.valueOf(e.getMessage()));
            }
        }
    }
}
