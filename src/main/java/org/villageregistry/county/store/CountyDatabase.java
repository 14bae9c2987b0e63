package org.villageregistry.county.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.villageregistry.domain.text.RegistryException;

/**
 * The county's PostgreSQL: a server named by its JDBC URL (production), or an embedded PostgreSQL kept in a
 * folder of the county's home (a trial on one machine, and the tests). The schema is kept by Flyway's
 * migrations under {@code db/county}.
 */
public final class CountyDatabase implements AutoCloseable {
    private final DataSource source;
    private final EmbeddedPostgres embedded;
    private final String description;

    private CountyDatabase(DataSource source, EmbeddedPostgres embedded, String description) {
        this.source = source;
        this.embedded = embedded;
        this.description = description;
    }

    /** A PostgreSQL server: {@code jdbc:postgresql://host:port/db?user=…&password=…}. */
    public static CountyDatabase server(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new RegistryException("county.db.badUrl", jdbcUrl);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl);
        ds.setConnectTimeout(10);
        return new CountyDatabase(ds, null, jdbcUrl.replaceAll("password=[^&]*", "password=…"));
    }

    /** Starts (and at first use makes) an embedded PostgreSQL whose data lives in {@code folder}. */
    public static CountyDatabase embedded(Path folder) {
        try {
            Files.createDirectories(folder);
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
                    .start();
            return new CountyDatabase(pg.getPostgresDatabase(), pg, "embedded PostgreSQL in " + folder
                    + " (port " + pg.getPort() + ")");
        } catch (IOException | RuntimeException e) {
            throw new RegistryException(e, "county.db.embeddedFailed", folder.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** Brings the schema up to date. */
    public CountyDatabase migrate() {
        Flyway.configure().dataSource(source).locations("classpath:db/county").load().migrate();
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
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new RegistryException(e, "county.db.embeddedFailed", description, String.valueOf(e.getMessage()));
            }
        }
    }
}
