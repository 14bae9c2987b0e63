package org.villageregistry.county.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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

    private CountyDatabase(HikariDataSource source, EmbeddedPostgres embedded, String description) {
        this.source = source;
        this.embedded = embedded;
        this.description = description;
    }

    /** A PostgreSQL server: {@code jdbc:postgresql://host:port/db?user=…&password=…}. */
    public static CountyDatabase server(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new RegistryException("county.db.badUrl", jdbcUrl);
        }
        return new CountyDatabase(pool(jdbcUrl), null, jdbcUrl.replaceAll("password=[^&]*", "password=…"));
    }

    private static HikariDataSource pool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("county");
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(WAIT_FOR_CONNECTION_MS);
        config.setValidationTimeout(2_000);
        config.setInitializationFailTimeout(-1); // the server starts while PostgreSQL is still down, and waits for it
        config.addDataSourceProperty("connectTimeout", "10");
        return new HikariDataSource(config);
    }

    /** Starts (and at first use makes) an embedded PostgreSQL whose data lives in {@code folder}. */
    public static CountyDatabase embedded(Path folder) {
        try {
            Files.createDirectories(folder);
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                    .start();
            return new CountyDatabase(pool(pg.getJdbcUrl("postgres", "postgres")), pg, "embedded PostgreSQL in "
                    + folder + " (port " + pg.getPort() + ")");
        } catch (IOException | RuntimeException e) {
            throw new RegistryException(e, "county.db.embeddedFailed", folder.toString(), String.valueOf(e.getMessage()));
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
                // the database cannot be reached (or refused us): say so, not "internal error"
                throw new RegistryException(e, "county.db.failed", String.valueOf(sql.getSQLState()),
                        String.valueOf(sql.getMessage()));
            }
            throw e;
        }
        return this;
    }

    public String description() {
        return description;
    }

    /** The embedded server's JDBC URL (user postgres), so other processes or a second county can share it. */
    public String embeddedJdbcUrl() {
        if (embedded == null) {
            throw new IllegalStateException("not an embedded database");
        }
        return embedded.getJdbcUrl("postgres", "postgres");
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
