package org.villageregistry.county.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.service.change.ChangeHash;

/**
 * What applying one upload reads and writes, inside the transaction that holds its inbox row. Snapshots go
 * through COPY into a staging table and one {@code INSERT … ON CONFLICT}; changes through JDBC batches.
 */
public final class CountyTransaction {
    private static final String RECORD_COLUMNS = "entity_type, entity_id, village, township, version, voided, state,"
            + " person_name, sex, birth_date, id_number, residence, household_id, mother_id, entered_on, left_on,"
            + " event_date, bundle_id, signing_kid, received_at, marital, birth_order, kind, person_count, recorded_on";
    private static final String UPSERT = " on conflict (entity_type, entity_id) do update set village ="
            + " excluded.village, township = excluded.township, version = excluded.version, voided = excluded.voided,"
            + " state = excluded.state, person_name = excluded.person_name, sex = excluded.sex, birth_date ="
            + " excluded.birth_date, id_number = excluded.id_number, residence = excluded.residence, household_id ="
            + " excluded.household_id, mother_id = excluded.mother_id, entered_on = excluded.entered_on, left_on ="
            + " excluded.left_on, event_date = excluded.event_date, bundle_id = excluded.bundle_id, signing_kid ="
            + " excluded.signing_kid, received_at = excluded.received_at, marital = excluded.marital, birth_order ="
            + " excluded.birth_order, kind = excluded.kind, person_count = excluded.person_count, recorded_on ="
            + " excluded.recorded_on where record.version < excluded.version";

    /** The old village's record of a transferred person moves forward like a record does. */
    private static final String HISTORY_UPSERT = UPSERT.replace("on conflict (entity_type, entity_id) do update set"
            + " village = excluded.village, ", "on conflict (entity_id, village) do update set ")
            .replace("record.version", "transferred_person.version");

    private final Connection c;

    CountyTransaction(Connection c) {
        this.c = c;
    }

    /** A record's version and owning village as the county holds it. */
    public record Stored(long version, String village, String residence) {
    }

    public VillageProgress progress(String village) {
        try {
            return progressSql(village);
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    private VillageProgress progressSql(String village) throws SQLException {
        long last = 0;
        String hash = null;
        try (PreparedStatement s = c.prepareStatement(
                "select last_change_id, last_hash from village_progress where village = ?")) {
            s.setString(1, village);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    last = r.getLong(1);
                    hash = r.getString(2);
                }
            }
        }
        Set<UUID> bundles = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("select bundle_id from bundle where village = ?")) {
            s.setString(1, village);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    bundles.add(r.getObject(1, UUID.class));
                }
            }
        }
        return new VillageProgress(last, Optional.ofNullable(hash), bundles);
    }

    public Map<UUID, Stored> stored(String entityType, Collection<UUID> ids) {
        try {
            return storedSql(entityType, ids);
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    private Map<UUID, Stored> storedSql(String entityType, Collection<UUID> ids) throws SQLException {
        Map<UUID, Stored> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select entity_id, version, village, residence from record where entity_type = ? and entity_id = any(?)")) {
            s.setString(1, entityType);
            s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getObject(1, UUID.class), new Stored(r.getLong(2), r.getString(3), r.getString(4)));
                }
            }
        }
        return out;
    }

    /** Records of a village with a change in quarantine: their later changes wait behind it. */
    public Set<UUID> quarantinedRecords(String village) {
        try {
            return quarantinedRecordsSql(village);
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    private Set<UUID> quarantinedRecordsSql(String village) throws SQLException {
        Set<UUID> out = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("select distinct entity_id from quarantine where village = ?")) {
            s.setString(1, village);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    /** Writes one bundle's outcome: records (COPY for a snapshot), history, quarantine, lineage and progress. */
    public void apply(BundleLineage b, boolean snapshot, List<AppliedChange> applied,
                      List<QuarantinedChange> quarantined, Change last) {
        try {
            applySql(b, snapshot, applied, quarantined, last);
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    private void applySql(BundleLineage b, boolean snapshot, List<AppliedChange> applied,
                      List<QuarantinedChange> quarantined, Change last) throws SQLException {
        if (snapshot) {
            copyRecords(b, applied);
        } else {
            batchRecords(b, applied);
        }
        history(b, applied);
        try (PreparedStatement s = c.prepareStatement("insert into quarantine (village, change_id, bundle_id,"
                + " entity_type, entity_id, reason_code, message, received_at, change)"
                + " values (?,?,?,?,?,?,?,?,cast(? as jsonb)) on conflict do nothing")) {
            for (QuarantinedChange q : quarantined) {
                s.setString(1, b.village());
                s.setLong(2, q.change().changeId());
                s.setObject(3, b.bundleId());
                s.setString(4, q.change().entityType().wireName());
                s.setObject(5, q.change().entityId());
                s.setString(6, q.reasonCode());
                s.setString(7, q.message());
                s.setTimestamp(8, Timestamp.from(b.receivedAt()));
                s.setString(9, ChangeHash.withoutHash(q.change()).put("hash", q.change().hash()).toString());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("insert into bundle (bundle_id, village, township, sequence,"
                + " from_change, to_change, kind, applied, quarantined, signing_kid, received_at, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setObject(1, b.bundleId());
            s.setString(2, b.village());
            s.setString(3, b.township());
            s.setLong(4, b.sequence());
            s.setLong(5, b.fromChange());
            s.setLong(6, b.toChange());
            s.setString(7, b.kind());
            s.setInt(8, applied.size());
            s.setInt(9, quarantined.size());
            s.setString(10, b.signingKid());
            s.setTimestamp(11, Timestamp.from(b.receivedAt()));
            s.setTimestamp(12, Timestamp.from(b.createdAt()));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into village_progress (village, township,"
                + " last_change_id, last_hash, last_sequence) values (?,?,?,?,?) on conflict (village) do update set"
                + " township = excluded.township, last_change_id = excluded.last_change_id, last_hash ="
                + " excluded.last_hash, last_sequence = excluded.last_sequence")) {
            s.setString(1, b.village());
            s.setString(2, b.township());
            s.setLong(3, last.changeId());
            s.setString(4, last.hash());
            s.setLong(5, b.sequence());
            s.executeUpdate();
        }
    }

    /**
     * A person's transfer between two villages of a township, as the township keeps it: the record held for the
     * old village becomes that village's history ({@code transferred_person}) and the id is free for the record
     * of the new village; changes of the old village to a person who has left it are kept as its history.
     */
    public void transfers(BundleLineage b, Collection<UUID> arrived, List<AppliedChange> oldVillageHistory) {
        try {
            try (PreparedStatement keep = c.prepareStatement("insert into transferred_person select * from record"
                    + " where entity_type = 'person' and entity_id = ? on conflict (entity_id, village) do nothing");
                 PreparedStatement free = c.prepareStatement(
                         "delete from record where entity_type = 'person' and entity_id = ?")) {
                for (UUID id : arrived) {
                    keep.setObject(1, id);
                    keep.addBatch();
                    free.setObject(1, id);
                    free.addBatch();
                }
                keep.executeBatch();
                free.executeBatch();
            }
            if (!oldVillageHistory.isEmpty()) {
                writeRecords("transferred_person", HISTORY_UPSERT, b, oldVillageHistory);
                history(b, oldVillageHistory);
            }
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    /** Whether the county keeps an old village's record of this person (it transferred away from there). */
    public boolean keepsHistory(UUID person, String village) {
        return exists("select 1 from transferred_person where entity_id = ? and village = ?", person, village);
    }

    /**
     * Whether a village recorded the person's move as a transfer: {@code HUKOU_OUT} to the other village, or
     * {@code HUKOU_IN} from it ({@code out} tells which).
     */
    public boolean recordedTransfer(String village, String otherVillage, UUID person, boolean out) {
        return exists("select 1 from record where entity_type = 'move' and not voided and village = ? and kind = ?"
                + " and state->>'" + (out ? "toDivision" : "fromDivision") + "' = ?"
                + " and state->'personIds' @> jsonb_build_array(cast(? as text))",
                village, out ? "HUKOU_OUT" : "HUKOU_IN", otherVillage, person.toString());
    }

    private boolean exists(String sql, Object... args) {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    /** A change held back here, kept whole, with the bundle it came in and that bundle's signing key. */
    public record Held(Change change, UUID bundleId, String signingKid) {
    }

    /**
     * The village's changes of a record held back here from {@code fromChange} on, in order: what a township's
     * decision releases. Changes held before the county kept them whole (no copy) are left out.
     */
    public List<Held> held(String village, UUID entityId, long fromChange) {
        try (PreparedStatement s = c.prepareStatement("select q.change::text, q.bundle_id, b.signing_kid"
                + " from quarantine q join bundle b on b.bundle_id = q.bundle_id where q.village = ?"
                + " and q.entity_id = ? and q.change_id >= ? and q.change is not null order by q.change_id")) {
            s.setString(1, village);
            s.setObject(2, entityId);
            s.setLong(3, fromChange);
            List<Held> out = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Held(ChangeHash.read(r.getString(1)), r.getObject(2, UUID.class), r.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    /**
     * The township released a record's held changes: each is applied as it would have been on arrival (record,
     * history, lineage of the bundle it came in) and leaves the quarantine.
     */
    public void release(String township, List<Held> held, List<AppliedChange> applied, Instant at) {
        try {
            for (int i = 0; i < held.size(); i++) {
                Held h = held.get(i);
                BundleLineage lineage = new BundleLineage(h.bundleId(), h.change().origin(), township, 0, 0, 0,
                        "changes", h.signingKid(), at, at);
                batchRecords(lineage, List.of(applied.get(i)));
                history(lineage, List.of(applied.get(i)));
                try (PreparedStatement s = c.prepareStatement(
                        "delete from quarantine where village = ? and change_id = ?")) {
                    s.setString(1, h.change().origin());
                    s.setLong(2, h.change().changeId());
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    /** The township kept the other record: the record's changes stay held, the conflict is no longer open. */
    public int closeConflict(String village, UUID entityId, long fromChange, Instant at) {
        try (PreparedStatement s = c.prepareStatement("update quarantine set decided_at = ? where village = ?"
                + " and entity_id = ? and change_id >= ? and decided_at is null")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, village);
            s.setObject(3, entityId);
            s.setLong(4, fromChange);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    /** Keeps a township's signed monthly report as read: each village's month as the township signed it. */
    public void keepTownshipReport(UUID itemId, String township, String period, Instant createdAt, Instant receivedAt,
                                   String villagesJson) {
        try (PreparedStatement s = c.prepareStatement("insert into township_report (item_id, township, period,"
                + " created_at, received_at, villages) values (?,?,?,?,?,cast(? as jsonb)) on conflict do nothing")) {
            s.setObject(1, itemId);
            s.setString(2, township);
            s.setString(3, period);
            s.setTimestamp(4, Timestamp.from(createdAt));
            s.setTimestamp(5, Timestamp.from(receivedAt));
            s.setString(6, villagesJson);
            s.executeUpdate();
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    /** Marks the inbox row done, with the receipt that every later delivery of the same bytes gets. */
    public void finish(UUID itemId, String outcome, String message, int applied, int quarantined, byte[] receipt,
                       Instant at) {
        try {
            finishSql(itemId, outcome, message, applied, quarantined, receipt, at);
        } catch (SQLException e) {
            throw CountyStore.failure(e);
        }
    }

    private void finishSql(UUID itemId, String outcome, String message, int applied, int quarantined, byte[] receipt,
                       Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update inbox set outcome = ?, message = ?, applied = ?,"
                + " quarantined = ?, receipt = ?, processed_at = ? where item_id = ?")) {
            s.setString(1, outcome);
            s.setString(2, message);
            s.setInt(3, applied);
            s.setInt(4, quarantined);
            s.setBytes(5, receipt);
            s.setTimestamp(6, Timestamp.from(at));
            s.setObject(7, itemId);
            s.executeUpdate();
        }
    }

    private void batchRecords(BundleLineage b, List<AppliedChange> applied) throws SQLException {
        writeRecords("record", UPSERT, b, applied);
    }

    private void writeRecords(String table, String onConflict, BundleLineage b, List<AppliedChange> applied)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into " + table + " (" + RECORD_COLUMNS + ") values"
                + " (?,?,?,?,?,?,cast(? as jsonb),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" + onConflict)) {
            for (AppliedChange a : applied) {
                CountyRecord r = a.record();
                s.setString(1, r.entityType());
                s.setObject(2, r.entityId());
                s.setString(3, r.village());
                s.setString(4, r.township());
                s.setLong(5, r.version());
                s.setBoolean(6, r.voided());
                s.setString(7, r.stateJson());
                s.setString(8, r.personName());
                s.setString(9, r.sex());
                date(s, 10, r.birthDate());
                s.setString(11, r.idNumber());
                s.setString(12, r.residence());
                s.setObject(13, r.householdId(), Types.OTHER);
                s.setObject(14, r.motherId(), Types.OTHER);
                date(s, 15, r.enteredOn());
                date(s, 16, r.leftOn());
                date(s, 17, r.eventDate());
                s.setObject(18, b.bundleId());
                s.setString(19, b.signingKid());
                s.setTimestamp(20, Timestamp.from(b.receivedAt()));
                s.setString(21, r.marital());
                s.setObject(22, r.birthOrder(), Types.INTEGER);
                s.setString(23, r.kind());
                s.setObject(24, r.personCount(), Types.INTEGER);
                date(s, 25, r.recordedOn());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** COPY of the snapshot's records into a staging table, then one upsert into the records. */
    private void copyRecords(BundleLineage b, List<AppliedChange> applied) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("create temporary table if not exists record_staging (like record) on commit delete rows");
        }
        StringBuilder rows = new StringBuilder(applied.size() * 512);
        String lineage = tsv(b.bundleId()) + '\t' + tsv(b.signingKid()) + '\t' + tsv(b.receivedAt().toString());
        for (AppliedChange a : applied) {
            CountyRecord r = a.record();
            rows.append(tsv(r.entityType())).append('\t').append(tsv(r.entityId())).append('\t')
                    .append(tsv(r.village())).append('\t').append(tsv(r.township())).append('\t')
                    .append(r.version()).append('\t').append(r.voided() ? 't' : 'f').append('\t')
                    .append(tsv(r.stateJson())).append('\t').append(tsv(r.personName())).append('\t')
                    .append(tsv(r.sex())).append('\t').append(tsv(r.birthDate())).append('\t')
                    .append(tsv(r.idNumber())).append('\t').append(tsv(r.residence())).append('\t')
                    .append(tsv(r.householdId())).append('\t').append(tsv(r.motherId())).append('\t')
                    .append(tsv(r.enteredOn())).append('\t').append(tsv(r.leftOn())).append('\t')
                    .append(tsv(r.eventDate())).append('\t').append(lineage).append('\t')
                    .append(tsv(r.marital())).append('\t').append(tsv(r.birthOrder())).append('\t')
                    .append(tsv(r.kind())).append('\t').append(tsv(r.personCount())).append('\t')
                    .append(tsv(r.recordedOn())).append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy record_staging (" + RECORD_COLUMNS
                    + ") from stdin", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into staging failed", e);
        }
        try (var s = c.createStatement()) {
            s.executeUpdate("insert into record (" + RECORD_COLUMNS + ") select " + RECORD_COLUMNS
                    + " from record_staging" + UPSERT);
            s.execute("truncate record_staging");
        }
    }

    private void history(BundleLineage b, List<AppliedChange> applied) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into record_change (village, change_id, entity_type,"
                + " entity_id, base_version, version, op, state, author, changed_at, hash, bundle_id, received_at)"
                + " values (?,?,?,?,?,?,?,cast(? as jsonb),?,?,?,?,?) on conflict do nothing")) {
            for (AppliedChange a : applied) {
                Change ch = a.change();
                s.setString(1, b.village());
                s.setLong(2, ch.changeId());
                s.setString(3, ch.entityType().wireName());
                s.setObject(4, ch.entityId());
                s.setLong(5, ch.baseVersion());
                s.setLong(6, ch.version());
                s.setString(7, ch.op());
                s.setString(8, ch.stateJson());
                s.setString(9, ch.author());
                s.setTimestamp(10, Timestamp.from(ch.at()));
                s.setString(11, ch.hash());
                s.setObject(12, b.bundleId());
                s.setTimestamp(13, Timestamp.from(b.receivedAt()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void date(PreparedStatement s, int i, LocalDate d) throws SQLException {
        if (d == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setDate(i, Date.valueOf(d));
        }
    }

    /** One field in COPY's text format: {@code \N} for null, backslash, tab, newline and return escaped. */
    static String tsv(Object value) {
        if (value == null) {
            return "\\N";
        }
        String v = value.toString();
        StringBuilder out = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
