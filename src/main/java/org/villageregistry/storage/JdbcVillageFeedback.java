package org.villageregistry.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.FeedbackKind;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.sync.VillageFeedback;

/**
 * What the township tells a village in its next receipt: transfers, births known from other lists. Kept in the sync
 * tables (V2__sync.sql).
 */
final class JdbcVillageFeedback implements VillageFeedback {
    private final JdbcTransactions tx;
    private final java.time.Clock clock;

    JdbcVillageFeedback(JdbcTransactions tx, java.time.Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public long addFeedback(Feedback f) {
        return tx.write(() -> {
            Sql.update(tx.connection(), "INSERT INTO sync_feedback (village, kind, entity_id, payload, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)", f.village(), f.kind().name(), f.entityId().orElse(null),
                    f.payloadJson(), f.createdAt().toString());
            return Sql.count(tx.connection(), "SELECT MAX(id) FROM sync_feedback");
        });
    }

    @Override
    public List<Feedback> unsentFeedback(String village) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT id, village, kind, entity_id, payload, created_at"
                + " FROM sync_feedback WHERE village = ? AND receipt_id IS NULL ORDER BY id",
                rs -> new Feedback(rs.getLong(1), rs.getString(2), FeedbackKind.valueOf(rs.getString(3)),
                        Optional.ofNullable(rs.getObject(4, UUID.class)), rs.getString(5),
                        Instant.parse(rs.getString(6))), village));
    }

    @Override
    public void markFeedbackSent(List<Long> ids, UUID receiptId) {
        tx.write(() -> ids.forEach(id -> Sql.update(tx.connection(),
                "UPDATE sync_feedback SET receipt_id = ? WHERE id = ?", receiptId, id)));
    }

    @Override
    public int withdrawUnsentFeedback(FeedbackKind kind, UUID entityId) {
        return tx.write(() -> Sql.update(tx.connection(), "DELETE FROM sync_feedback WHERE kind = ? AND entity_id = ?"
                + " AND receipt_id IS NULL", kind.name(), entityId));
    }

    @Override
    public void addKnownBirth(KnownBirth b) {
        tx.write(() -> Sql.update(tx.connection(), "INSERT INTO sync_known_birth (village, source, child_name, sex,"
                + " born_on, mother_name, mother_id_number, imported_at) VALUES (?,?,?,?,?,?,?,?)", b.village(),
                b.source(), b.childName(), b.sex(), b.bornOn(), b.motherName(), b.motherIdNumber(),
                clock.instant().toString()));
    }

    @Override
    public List<KnownBirth> unmatchedKnownBirths(String village) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT id, village, source, child_name, sex, born_on,"
                + " mother_name, mother_id_number FROM sync_known_birth WHERE village = ? AND NOT matched ORDER BY id",
                rs -> new KnownBirth(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, java.time.LocalDate.class), rs.getString(7),
                        rs.getString(8)), village));
    }

    @Override
    public List<KnownBirth> knownBirths(String village) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT id, village, source, child_name, sex, born_on,"
                + " mother_name, mother_id_number FROM sync_known_birth WHERE village = ? ORDER BY born_on, id",
                rs -> new KnownBirth(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, java.time.LocalDate.class), rs.getString(7),
                        rs.getString(8)), village));
    }

    @Override
    public void markKnownBirthMatched(long id) {
        tx.write(() -> Sql.update(tx.connection(), "UPDATE sync_known_birth SET matched = TRUE WHERE id = ?", id));
    }
}
