package org.villageregistry.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.ConflictLog;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;

/**
 * Conflicts between villages (the same person claimed twice), with the township's recorded decision. Kept in the sync
 * tables (V2__sync.sql).
 */
final class JdbcConflictLog implements ConflictLog {
    private static final String CONFLICT_COLUMNS = "id, origin, change_id, entity_type, entity_id, other_owner,"
            + " other_id, reason_code, village_state, other_state, raised_at, decision, decided_by, decided_at";

    private final JdbcTransactions tx;

    JdbcConflictLog(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long raiseConflict(Conflict c) {
        return tx.write(() -> {
            Sql.update(tx.connection(), "INSERT INTO sync_conflict (origin, change_id, entity_type, entity_id,"
                    + " other_owner, other_id, reason_code, village_state, other_state, raised_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)", c.origin(), c.changeId(), c.entityType(), c.entityId(),
                    c.otherOwner(), c.otherId(), c.reasonCode(), c.villageState(), c.otherState(),
                    c.raisedAt().toString());
            return Sql.count(tx.connection(), "SELECT MAX(id) FROM sync_conflict");
        });
    }

    @Override
    public List<Conflict> conflicts(boolean undecidedOnly) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + CONFLICT_COLUMNS + " FROM sync_conflict"
                + (undecidedOnly ? " WHERE decision IS NULL" : "") + " ORDER BY id", JdbcConflictLog::conflict));
    }

    @Override
    public Optional<Conflict> conflict(long id) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + CONFLICT_COLUMNS + " FROM sync_conflict"
                + " WHERE id = ?", JdbcConflictLog::conflict, id).stream().findFirst());
    }

    @Override
    public void decideConflict(long id, ConflictDecision decision, String decidedBy, Instant at) {
        tx.write(() -> Sql.update(tx.connection(), "UPDATE sync_conflict SET decision = ?, decided_by = ?,"
                + " decided_at = ? WHERE id = ?", decision.name(), decidedBy, at.toString(), id));
    }

    private static Conflict conflict(ResultSet rs) throws SQLException {
        return new Conflict(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8),
                rs.getString(9), rs.getString(10), Instant.parse(rs.getString(11)),
                Optional.ofNullable(rs.getString(12)).map(ConflictDecision::valueOf),
                Optional.ofNullable(rs.getString(13)), Optional.ofNullable(rs.getString(14)).map(Instant::parse));
    }
}
