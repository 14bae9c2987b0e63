package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.change.ChangeHash;

/**
 * A township register from before V13 kept an index row per record and batch of its received history
 * ({@code sync_received_entity}); V13 moves those ids into their batches and drops the table, and every record's
 * history from each village reads back as before, older rows of {@code sync_received_change} (before V11) included.
 */
class ReceivedHistoryMigrationTest {
    private static final String WILLOW = "410103100001";
    private static final String POPLAR = "410103100002";

    @TempDir
    Path home;

    private final UUID wang = UUID.randomUUID();
    private final UUID li = UUID.randomUUID();

    @Test
    void historyWrittenBeforeV13ReadsBackAfterIt() throws Exception {
        RegisterFixture.create(home).close();
        Change beforeV11 = change(1, WILLOW, wang, 1);
        List<Change> willow = List.of(change(2, WILLOW, wang, 2), change(3, WILLOW, li, 1),
                change(4, WILLOW, wang, 3));
        List<Change> poplar = List.of(change(9, POPLAR, wang, 4));
        try (Connection c = RegisterFixture.rawConnection(home); Statement s = c.createStatement()) {
            asBeforeV13(s);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_received_change (origin, change_id,"
                    + " entity_type, entity_id, change_json) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, beforeV11.origin());
                ps.setLong(2, beforeV11.changeId());
                ps.setString(3, beforeV11.entityType().wireName());
                ps.setObject(4, beforeV11.entityId());
                ps.setString(5, ChangeHash.withoutHash(beforeV11).put("hash", beforeV11.hash()).toString());
                ps.executeUpdate();
            }
            batchAsBeforeV13(c, willow);
            batchAsBeforeV13(c, poplar);
            c.commit();
        }

        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.sync().intake().receivedHistory(wang, WILLOW)).extracting(Change::changeId)
                    .containsExactly(1L, 2L, 4L);
            assertThat(r.sync().intake().receivedHistory(wang, WILLOW)).allSatisfy(ch ->
                    assertThat(ChangeHash.of(ch)).isEqualTo(ch.hash()));
            assertThat(r.sync().intake().receivedHistory(wang, POPLAR)).containsExactly(poplar.get(0));
            assertThat(r.sync().intake().receivedHistory(li, WILLOW)).containsExactly(willow.get(1));
            assertThat(r.sync().intake().receivedHistory(li, POPLAR)).isEmpty();

            // a batch written after V13 beside them
            Change later = change(5, WILLOW, li, 2);
            r.transactions().write(() -> {
                r.sync().intake().saveReceivedChanges(List.of(later));
                return null;
            });
            assertThat(r.sync().intake().receivedHistory(li, WILLOW)).containsExactly(willow.get(1), later);
        }
        try (Connection c = RegisterFixture.rawConnection(home); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_NAME = 'SYNC_RECEIVED_ENTITY'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the index rows are gone").isZero();
        }
    }

    /** The received history's tables as V11 made them, with V13 not yet run. */
    private static void asBeforeV13(Statement s) throws Exception {
        s.executeUpdate("DROP INDEX sync_received_batch_origin");
        s.executeUpdate("ALTER TABLE sync_received_batch DROP COLUMN entities");
        s.executeUpdate("CREATE TABLE sync_received_entity (entity_id UUID NOT NULL, batch_id BIGINT NOT NULL,"
                + " PRIMARY KEY (entity_id, batch_id))");
        s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '13'");
    }

    /** A batch as the township wrote it from V11 to V12: its lines, and an index row per record. */
    private static void batchAsBeforeV13(Connection c, List<Change> changes) throws Exception {
        List<String> lines = new ArrayList<>();
        changes.forEach(ch -> lines.add(JdbcBundleIntake.changeJson(ch)));
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_received_batch (origin, from_change,"
                + " to_change, changes) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, changes.get(0).origin());
            ps.setLong(2, changes.get(0).changeId());
            ps.setLong(3, changes.get(changes.size() - 1).changeId());
            ps.setBytes(4, ReceivedHistory.pack(lines));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_received_entity (entity_id, batch_id)"
                + " VALUES (?, ?)")) {
            for (UUID entity : changes.stream().map(Change::entityId).distinct().toList()) {
                ps.setObject(1, entity);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }

    private static Change change(long id, String origin, UUID entity, long version) {
        String state = "{\"id\":\"" + entity + "\",\"version\":" + version + ",\"owner\":\"" + origin + "\"}";
        Change c = new Change(id, origin, EntityType.PERSON, entity, version - 1, version, "upsert", state, "王秀英",
                Instant.parse("2026-11-30T08:15:00Z"), null, null);
        return new Change(id, origin, EntityType.PERSON, entity, version - 1, version, "upsert", state, "王秀英",
                Instant.parse("2026-11-30T08:15:00Z"), null, ChangeHash.of(c));
    }
}
