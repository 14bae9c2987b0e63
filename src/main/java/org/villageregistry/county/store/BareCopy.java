package org.villageregistry.county.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The benchmark's floor: the same records' state COPYed into a bare table (no keys, no index, no lineage, no
 * rules) in one transaction: what PostgreSQL itself needs to take the rows, against which the intake is measured.
 */
public final class BareCopy {
    /** One row: the record's id, its village and its state (JSON). */
    public record Row(UUID id, String village, String stateJson) {
    }

    private BareCopy() {
    }

    /** Copies the rows into a fresh bare table; returns the nanoseconds the COPY and its commit took. */
    public static long copy(CountyDatabase database, List<Row> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 512);
        for (Row r : rows) {
            csv.append(r.id()).append(',').append(r.village()).append(",\"")
                    .append(r.stateJson().replace("\"", "\"\"")).append("\"\n");
        }
        String data = csv.toString();
        try (Connection c = database.connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_floor");
                s.execute("create table bench_floor (entity_id uuid, village varchar(12), state jsonb)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_floor from stdin with (format csv)",
                    new StringReader(data));
            c.commit();
            long took = System.nanoTime() - start;
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_floor");
            }
            return took;
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        } catch (IOException e) {
            throw new IllegalStateException("COPY of the benchmark's floor failed", e);
        }
    }
}
