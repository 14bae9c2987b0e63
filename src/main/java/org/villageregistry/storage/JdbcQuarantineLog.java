package org.villageregistry.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.sync.QuarantineLog;
import org.villageregistry.domain.sync.SyncRecords.Quarantined;

/**
 * Changes the township could not apply, kept with their reason until the village sends a fix. Kept in the sync tables
 * (V2__sync.sql).
 */
final class JdbcQuarantineLog implements QuarantineLog {
    private static final String QUARANTINE_COLUMNS = "origin, change_id, bundle_id, entity_type, entity_id,"
            + " reason_code, message, change_json, at, released";

    private final JdbcTransactions tx;

    JdbcQuarantineLog(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void quarantine(Quarantined q) {
        tx.write(() -> Sql.update(tx.connection(), "MERGE INTO sync_quarantine (" + QUARANTINE_COLUMNS
                + ") KEY (origin, change_id) VALUES (?,?,?,?,?,?,?,?,?,?)", q.origin(), q.changeId(), q.bundleId(),
                q.entityType(), q.entityId(), q.reasonCode(), q.message(), q.changeJson(), q.at().toString(),
                q.released()));
    }

    @Override
    public boolean hasQuarantined(String origin, UUID entityId) {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_quarantine WHERE origin = ?"
                + " AND entity_id = ? AND NOT released", origin, entityId) > 0);
    }

    @Override
    public Set<UUID> quarantinedRecords(String origin) {
        return tx.read(() -> new HashSet<>(Sql.list(tx.connection(), "SELECT DISTINCT entity_id FROM sync_quarantine"
                + " WHERE origin = ? AND NOT released", rs -> rs.getObject(1, UUID.class), origin)));
    }

    @Override
    public List<Quarantined> quarantined(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + QUARANTINE_COLUMNS
                + " FROM sync_quarantine WHERE origin = ? ORDER BY change_id", JdbcQuarantineLog::quarantined, origin));
    }

    @Override
    public List<Quarantined> unreportedQuarantine(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + QUARANTINE_COLUMNS + " FROM sync_quarantine"
                + " WHERE origin = ? AND receipt_id IS NULL ORDER BY change_id", JdbcQuarantineLog::quarantined, origin));
    }

    @Override
    public void markQuarantineReported(String origin, List<Long> changeIds, UUID receiptId) {
        tx.write(() -> changeIds.forEach(id -> Sql.update(tx.connection(), "UPDATE sync_quarantine SET receipt_id = ?"
                + " WHERE origin = ? AND change_id = ?", receiptId, origin, id)));
    }

    private static Quarantined quarantined(ResultSet rs) throws SQLException {
        return new Quarantined(rs.getString(1), rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                Instant.parse(rs.getString(9)), rs.getBoolean(10));
    }
}
