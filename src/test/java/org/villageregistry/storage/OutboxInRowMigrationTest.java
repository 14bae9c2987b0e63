package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;

/**
 * V15 keeps a bundle queued for the county in its outbox row instead of H2's LOB store: a bundle queued before it
 * reads back byte for byte after it, and what is queued and updated after it too.
 */
class OutboxInRowMigrationTest {
    @TempDir
    Path home;

    @Test
    void aBundleQueuedInALobBeforeV15ReadsBackWholeAfterIt() throws Exception {
        byte[] before = new byte[700_000];
        new Random(15).nextBytes(before);
        UUID queued = UUID.randomUUID();
        RegisterFixture.create(home).close();
        try (Connection c = RegisterFixture.rawConnection(home); Statement s = c.createStatement()) {
            s.executeUpdate("ALTER TABLE sync_outbox ALTER COLUMN content SET DATA TYPE BLOB");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_outbox (item_id, kind, file_name,"
                    + " content, state, attempts, next_attempt, queued_at) VALUES (?, 'bundle', 'a.vrb.json', ?,"
                    + " 'PENDING', 0, '2026-11-30T08:15:00Z', '2026-11-30T08:15:00Z')")) {
                ps.setObject(1, queued);
                ps.setBytes(2, before);
                ps.executeUpdate();
            }
            // as before V15: V16's indexes still there; V15 and the migrations after it run again when it is opened
            s.executeUpdate("CREATE INDEX person_id_number ON person(id_number)");
            s.executeUpdate("CREATE INDEX person_household ON person(household_id)");
            s.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INT) >= 15");
            c.commit();
        }

        byte[] after = new byte[300_000];
        new Random(16).nextBytes(after);
        Instant now = Instant.parse("2026-12-01T08:00:00Z");
        try (Register r = RegisterFixture.open(home)) {
            List<OutboxItem> items = r.sync().outbox().outbox();
            assertThat(items).singleElement().satisfies(i -> {
                assertThat(i.itemId()).isEqualTo(queued);
                assertThat(i.content()).isEqualTo(before);
            });
            OutboxItem next = new OutboxItem(UUID.randomUUID(), "bundle", "b.vrb.json", after, OutboxState.PENDING, 0,
                    now, Optional.empty(), now, Optional.empty());
            r.transactions().write(() -> {
                r.sync().outbox().enqueue(next);
                r.sync().outbox().updateOutbox(new OutboxItem(queued, "bundle", "a.vrb.json", before,
                        OutboxState.SENT, 1, now, Optional.empty(), items.get(0).queuedAt(), Optional.of(now)));
                return null;
            });
        }
        try (Register r = RegisterFixture.open(home)) {
            assertThat(r.sync().outbox().outbox()).extracting(OutboxItem::content).containsExactly(before, after);
            assertThat(r.sync().outbox().outbox()).extracting(OutboxItem::state)
                    .containsExactly(OutboxState.SENT, OutboxState.PENDING);
        }
        try (Connection c = RegisterFixture.rawConnection(home); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS"
                     + " WHERE TABLE_NAME = 'SYNC_OUTBOX' AND COLUMN_NAME = 'CONTENT'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("BINARY VARYING");
        }
    }
}
