package org.villageregistry.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.FeedbackKind;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;
import org.villageregistry.domain.sync.SyncRecords.ImportedReceipt;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.sync.SyncRecords.Quarantined;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.sync.SyncRecords.VillageProgress;
import org.villageregistry.domain.sync.SyncState;
import org.villageregistry.service.change.ChangeHash;

/** The sync tables of V2__sync.sql; the workstation keys sealed with AES-GCM under the database key. */
final class JdbcSyncState implements SyncState {
    private static final String BUNDLE_COLUMNS = "bundle_id, origin, sequence, from_change, to_change, chain_head,"
            + " kind, file_name, applied, quarantined, imported_at";
    private static final String QUARANTINE_COLUMNS = "origin, change_id, bundle_id, entity_type, entity_id,"
            + " reason_code, message, change_json, at, released";
    private static final String CONFLICT_COLUMNS = "id, origin, change_id, entity_type, entity_id, other_owner,"
            + " other_id, reason_code, village_state, other_state, raised_at, decision, decided_by, decided_at";
    private static final String TASK_COLUMNS = "id, receipt_id, kind, entity_id, change_id, reason_code, message,"
            + " payload, created_at, done";
    private static final String OUTBOX_COLUMNS = "item_id, kind, file_name, content, state, attempts,"
            + " next_attempt, last_error, queued_at, sent_at";

    private final JdbcTransactions tx;
    private final SealedSecret keySeal;
    private final java.time.Clock clock;

    JdbcSyncState(JdbcTransactions tx, DatabaseKey key, java.time.Clock clock) {
        this.tx = tx;
        this.keySeal = new SealedSecret(key, "sync-keys");
        this.clock = clock;
    }

    @Override
    public Optional<byte[]> workstationKeys() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT iv, sealed FROM sync_keys WHERE id = 1",
                rs -> new SealedSecret.Sealed(rs.getBytes(1), rs.getBytes(2))).stream().findFirst()
                .map(keySeal::open));
    }

    @Override
    public void saveWorkstationKeys(byte[] secret) {
        tx.write(() -> {
            if (Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_keys") > 0) {
                throw new IllegalStateException("this workstation already has keys");
            }
            SealedSecret.Sealed sealed = keySeal.seal(secret);
            Sql.update(tx.connection(), "INSERT INTO sync_keys (id, iv, sealed, created_at) VALUES (1, ?, ?, ?)",
                    sealed.iv(), sealed.ciphertext(), clock.instant().toString());
        });
    }

    @Override
    public List<Enrolment> enrolments() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT division, division_name, workstation_id,"
                + " signing_kid, encryption_kid, enrolment_file, enrolled_at FROM sync_enrolment ORDER BY division",
                rs -> new Enrolment(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), Instant.parse(rs.getString(7)))));
    }

    @Override
    public void saveEnrolment(Enrolment e) {
        tx.write(() -> Sql.update(tx.connection(), "MERGE INTO sync_enrolment (division, division_name,"
                + " workstation_id, signing_kid, encryption_kid, enrolment_file, enrolled_at) KEY (division)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.division(), e.divisionName(), e.workstationId(),
                e.signingKid(), e.encryptionKid(), e.file(), e.enrolledAt().toString()));
    }

    @Override
    public OriginProgress progress(String origin) {
        return tx.read(() -> {
            Set<UUID> bundles = new HashSet<>(Sql.list(tx.connection(),
                    "SELECT bundle_id FROM sync_imported_bundle WHERE origin = ?",
                    rs -> rs.getObject(1, UUID.class), origin));
            return Sql.list(tx.connection(), "SELECT last_change_id, last_hash, last_sequence FROM sync_origin"
                            + " WHERE division = ?", rs -> new OriginProgress(origin, rs.getLong(1),
                            Optional.ofNullable(rs.getString(2)), rs.getLong(3), bundles), origin)
                    .stream().findFirst()
                    .orElse(new OriginProgress(origin, 0, Optional.empty(), 0, bundles));
        });
    }

    @Override
    public void recordImport(ImportedBundle b, long lastChangeId, String lastHash) {
        tx.write(() -> {
            Sql.update(tx.connection(), "INSERT INTO sync_imported_bundle (" + BUNDLE_COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.bundleId(), b.origin(), b.sequence(), b.fromChange(),
                    b.toChange(), b.chainHead(), b.kind(), b.fileName(), b.applied(), b.quarantined(),
                    b.importedAt().toString());
            Sql.update(tx.connection(), "MERGE INTO sync_origin (division, last_change_id, last_hash, last_sequence)"
                    + " KEY (division) VALUES (?, ?, ?, ?)", b.origin(), lastChangeId, lastHash, b.sequence());
        });
    }

    @Override
    public List<ImportedBundle> importedBundles(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + BUNDLE_COLUMNS
                + " FROM sync_imported_bundle WHERE origin = ? ORDER BY to_change", JdbcSyncState::bundle, origin));
    }

    @Override
    public List<ImportedBundle> unacknowledgedBundles(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + BUNDLE_COLUMNS + " FROM sync_imported_bundle"
                + " WHERE origin = ? AND receipt_id IS NULL ORDER BY to_change", JdbcSyncState::bundle, origin));
    }

    @Override
    public void markAcknowledged(List<UUID> bundleIds, UUID receiptId) {
        tx.write(() -> bundleIds.forEach(id -> Sql.update(tx.connection(),
                "UPDATE sync_imported_bundle SET receipt_id = ? WHERE bundle_id = ?", receiptId, id)));
    }

    @Override
    public void saveReceivedChange(Change c) {
        tx.write(() -> Sql.update(tx.connection(), "MERGE INTO sync_received_change (origin, change_id, entity_type,"
                + " entity_id, change_json) KEY (origin, change_id) VALUES (?, ?, ?, ?, ?)", c.origin(),
                c.changeId(), c.entityType().wireName(), c.entityId(), changeJson(c)));
    }

    @Override
    public void saveReceivedChanges(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        tx.write(() -> {
            List<Object[]> rows = new java.util.ArrayList<>(changes.size());
            for (Change c : changes) {
                rows.add(new Object[] {c.origin(), c.changeId(), c.entityType().wireName(), c.entityId(),
                        changeJson(c)});
            }
            Sql.batch(tx.connection(), "MERGE INTO sync_received_change (origin, change_id, entity_type, entity_id,"
                    + " change_json) KEY (origin, change_id) VALUES (?, ?, ?, ?, ?)", rows);
            return null;
        });
    }

    @Override
    public Set<UUID> quarantinedRecords(String origin) {
        return tx.read(() -> new HashSet<>(Sql.list(tx.connection(), "SELECT DISTINCT entity_id FROM sync_quarantine"
                + " WHERE origin = ? AND NOT released", rs -> rs.getObject(1, UUID.class), origin)));
    }

    @Override
    public List<Change> receivedHistory(UUID entityId) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT change_json FROM sync_received_change"
                + " WHERE entity_id = ? ORDER BY change_id", rs -> change(rs.getString(1)), entityId));
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
    public List<Quarantined> quarantined(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + QUARANTINE_COLUMNS
                + " FROM sync_quarantine WHERE origin = ? ORDER BY change_id", JdbcSyncState::quarantined, origin));
    }

    @Override
    public List<Quarantined> unreportedQuarantine(String origin) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + QUARANTINE_COLUMNS + " FROM sync_quarantine"
                + " WHERE origin = ? AND receipt_id IS NULL ORDER BY change_id", JdbcSyncState::quarantined, origin));
    }

    @Override
    public void markQuarantineReported(String origin, List<Long> changeIds, UUID receiptId) {
        tx.write(() -> changeIds.forEach(id -> Sql.update(tx.connection(), "UPDATE sync_quarantine SET receipt_id = ?"
                + " WHERE origin = ? AND change_id = ?", receiptId, origin, id)));
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
                + (undecidedOnly ? " WHERE decision IS NULL" : "") + " ORDER BY id", JdbcSyncState::conflict));
    }

    @Override
    public Optional<Conflict> conflict(long id) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + CONFLICT_COLUMNS + " FROM sync_conflict"
                + " WHERE id = ?", JdbcSyncState::conflict, id).stream().findFirst());
    }

    @Override
    public void decideConflict(long id, ConflictDecision decision, String decidedBy, Instant at) {
        tx.write(() -> Sql.update(tx.connection(), "UPDATE sync_conflict SET decision = ?, decided_by = ?,"
                + " decided_at = ? WHERE id = ?", decision.name(), decidedBy, at.toString(), id));
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
    public void markKnownBirthMatched(long id) {
        tx.write(() -> Sql.update(tx.connection(), "UPDATE sync_known_birth SET matched = TRUE WHERE id = ?", id));
    }

    @Override
    public VillageProgress villageProgress() {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT last_acknowledged, next_sequence FROM sync_village"
                + " WHERE id = 1", rs -> new VillageProgress(rs.getLong(1), rs.getLong(2)))
                .stream().findFirst().orElse(new VillageProgress(0, 1)));
    }

    @Override
    public long takeSequence() {
        return tx.write(() -> {
            VillageProgress p = villageProgress();
            Sql.update(tx.connection(), "MERGE INTO sync_village (id, last_acknowledged, next_sequence) KEY (id)"
                    + " VALUES (1, ?, ?)", p.lastAcknowledged(), p.nextSequence() + 1);
            return p.nextSequence();
        });
    }

    @Override
    public void acknowledge(long changeId) {
        tx.write(() -> {
            VillageProgress p = villageProgress();
            Sql.update(tx.connection(), "MERGE INTO sync_village (id, last_acknowledged, next_sequence) KEY (id)"
                    + " VALUES (1, ?, ?)", Math.max(p.lastAcknowledged(), changeId), p.nextSequence());
        });
    }

    @Override
    public boolean receiptImported(UUID receiptId) {
        return tx.read(() -> Sql.count(tx.connection(), "SELECT COUNT(*) FROM sync_receipt WHERE receipt_id = ?",
                receiptId) > 0);
    }

    @Override
    public void recordReceipt(ImportedReceipt r) {
        tx.write(() -> Sql.update(tx.connection(), "INSERT INTO sync_receipt (receipt_id, township, acknowledged,"
                + " file_name, imported_at) VALUES (?, ?, ?, ?, ?)", r.receiptId(), r.township(), r.acknowledged(),
                r.fileName(), r.importedAt().toString()));
    }

    @Override
    public long addTask(Task t) {
        return tx.write(() -> {
            Sql.update(tx.connection(), "INSERT INTO sync_task (receipt_id, kind, entity_id, change_id, reason_code,"
                    + " message, payload, created_at, done) VALUES (?,?,?,?,?,?,?,?,?)", t.receiptId(),
                    t.kind().name(), t.entityId().orElse(null), t.changeId().orElse(null),
                    t.reasonCode().orElse(null), t.message(), t.payloadJson(), t.createdAt().toString(), t.done());
            return Sql.count(tx.connection(), "SELECT MAX(id) FROM sync_task");
        });
    }

    @Override
    public List<Task> tasks(boolean openOnly) {
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + TASK_COLUMNS + " FROM sync_task"
                + (openOnly ? " WHERE NOT done" : "") + " ORDER BY id", rs -> new Task(rs.getLong(1),
                rs.getObject(2, UUID.class), TaskKind.valueOf(rs.getString(3)),
                Optional.ofNullable(rs.getObject(4, UUID.class)),
                Optional.ofNullable((Long) rs.getObject(5, Long.class)), Optional.ofNullable(rs.getString(6)),
                rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9)), rs.getBoolean(10))));
    }

    @Override
    public void markTaskDone(long id) {
        tx.write(() -> Sql.update(tx.connection(), "UPDATE sync_task SET done = TRUE WHERE id = ?", id));
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
    public void updateOutbox(OutboxItem item) {
        enqueue(item);
    }

    private static ImportedBundle bundle(ResultSet rs) throws SQLException {
        return new ImportedBundle(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                Instant.parse(rs.getString(11)));
    }

    private static Quarantined quarantined(ResultSet rs) throws SQLException {
        return new Quarantined(rs.getString(1), rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
                Instant.parse(rs.getString(9)), rs.getBoolean(10));
    }

    private static Conflict conflict(ResultSet rs) throws SQLException {
        return new Conflict(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8),
                rs.getString(9), rs.getString(10), Instant.parse(rs.getString(11)),
                Optional.ofNullable(rs.getString(12)).map(ConflictDecision::valueOf),
                Optional.ofNullable(rs.getString(13)), Optional.ofNullable(rs.getString(14)).map(Instant::parse));
    }

    private static String changeJson(Change c) {
        return ChangeHash.withoutHash(c).put("hash", c.hash()).toString();
    }

    private static Change change(String json) {
        JsonNode n = RecordJson.read(json, JsonNode.class);
        return new Change(n.get("changeId").asLong(), n.get("origin").asText(),
                EntityType.fromWireName(n.get("entityType").asText()), UUID.fromString(n.get("entityId").asText()),
                n.get("baseVersion").asLong(), n.get("version").asLong(), n.get("op").asText(),
                n.get("state").isTextual() ? n.get("state").asText() : n.get("state").toString(),
                n.get("author").asText(), Instant.parse(n.get("at").asText()),
                n.get("prev").isNull() ? null : n.get("prev").asText(), n.get("hash").asText());
    }
}
