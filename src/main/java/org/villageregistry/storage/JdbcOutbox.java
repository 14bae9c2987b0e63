package org.villageregistry.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.Outbox;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;

/** The township's queue of uploads to the county, kept across restarts. Kept in the sync tables (V2__sync.sql). */
final class JdbcOutbox implements Outbox {
    private static final String OUTBOX_COLUMNS = "item_id, kind, file_name, content, state, attempts,"
            + " next_attempt, last_error, queued_at, sent_at";

    private final JdbcTransactions tx;

    JdbcOutbox(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void enqueue(OutboxItem i) {
        tx.write(() -> Sql.update(tx.connection(), "MERGE INTO sync_outbox (" + OUTBOX_COLUMNS
                + ") KEY (item_id) VALUES (?,?,?,?,?,?,?,?,?,?)", i.itemId(), i.kind(), i.fileName(), i.content(),
                i.state().name(), i.attempts(), i.nextAttempt().toString(), i.lastError().orElse(null),
                i.queuedAt().toString(), i.sentAt().map(Instant::toString).orElse(null)));
    }

    @Override
    public List<OutboxItem> outbox() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + OUTBOX_COLUMNS
                + " FROM sync_outbox ORDER BY queued_at, file_name", rs -> new OutboxItem(rs.getObject(1, UUID.class),
                rs.getString(2), rs.getString(3), rs.getBytes(4), OutboxState.valueOf(rs.getString(5)),
                rs.getInt(6), Instant.parse(rs.getString(7)), Optional.ofNullable(rs.getString(8)),
                Instant.parse(rs.getString(9)), Optional.ofNullable(rs.getString(10)).map(Instant::parse))));
    }

    @Override
    public boolean holds(UUID itemId) {
        return tx.read(() -> !Sql.list(tx.connection(), "SELECT 1 FROM sync_outbox WHERE item_id = ?",
                rs -> rs.getInt(1), itemId).isEmpty());
    }

    @Override
    public void updateOutbox(OutboxItem item) {
        enqueue(item);
    }
}
