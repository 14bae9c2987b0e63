package org.villageregistry.county.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;

/**
 * The county's tables through JDBC: enrolments, the inbox of raw uploads, and (in {@link #processing}) the one
 * transaction per upload that applies a bundle while holding its inbox row, so two deliveries of the same upload
 * at once are applied exactly once.
 */
public final class CountyStore {
    private final CountyDatabase database;

    public CountyStore(CountyDatabase database) {
        this.database = database;
    }

    /** Work done with one inbox row locked, in one transaction. */
    @FunctionalInterface
    public interface ItemWork<T> {
        T run(InboxItem item, CountyTransaction tx);
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Every enrolled township and village. */
    public List<Enrolment> enrolments() {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("select division, division_name, workstation_id,"
                    + " signing_kid, encryption_kid, file, enrolled_at from enrolment order by division")) {
                List<Enrolment> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Enrolment(r.getString(1), r.getString(2), r.getObject(3, UUID.class),
                                r.getString(4), r.getString(5), r.getBytes(6), r.getTimestamp(7).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    /** Enrols a township (by the county's administrator) or a village (forwarded by its township). */
    public void saveEnrolment(Enrolment e, String enrolledBy) {
        write(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into enrolment (division, division_name,"
                    + " workstation_id, signing_kid, encryption_kid, file, enrolled_at, enrolled_by)"
                    + " values (?,?,?,?,?,?,?,?) on conflict (division) do update set division_name ="
                    + " excluded.division_name, workstation_id = excluded.workstation_id, signing_kid ="
                    + " excluded.signing_kid, encryption_kid = excluded.encryption_kid, file = excluded.file,"
                    + " enrolled_at = excluded.enrolled_at, enrolled_by = excluded.enrolled_by")) {
                s.setString(1, e.division());
                s.setString(2, e.divisionName());
                s.setObject(3, e.workstationId());
                s.setString(4, e.signingKid());
                s.setString(5, e.encryptionKid());
                s.setBytes(6, e.file());
                s.setTimestamp(7, Timestamp.from(e.enrolledAt()));
                s.setString(8, enrolledBy);
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<InboxItem> inboxItem(UUID itemId) {
        return read(c -> inboxWhere(c, "item_id = ?", itemId, false));
    }

    /** What the township uploaded before with these bytes (under another item id), if anything. */
    public Optional<InboxItem> inboxBySha256(String township, String sha256) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(INBOX_COLUMNS + " where township = ? and sha256 = ?")) {
                s.setString(1, township);
                s.setString(2, sha256);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(inbox(r)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Keeps the raw upload before anything else happens; false when the item id, or the same bytes from the same
     * township, are there already.
     */
    public boolean addToInbox(InboxItem item) {
        return write(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into inbox (item_id, sha256, township, village,"
                    + " kind, file_name, body, manifest, received_at) values (?,?,?,?,?,?,?,?,?) on conflict do nothing")) {
                s.setObject(1, item.itemId());
                s.setString(2, item.sha256());
                s.setString(3, item.township());
                s.setString(4, item.village().orElse(null));
                s.setString(5, item.kind());
                s.setString(6, item.fileName());
                s.setBytes(7, item.body());
                s.setBytes(8, item.manifest());
                s.setTimestamp(9, Timestamp.from(item.receivedAt()));
                return s.executeUpdate() == 1;
            }
        });
    }

    /** The latest {@code limit} uploads, newest first, without their bytes: what came of each. */
    public List<InboxEntry> latestUploads(int limit) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("select received_at, township, village, kind, file_name,"
                    + " outcome, message, applied, quarantined from inbox order by received_at desc, file_name"
                    + " limit ?")) {
                s.setInt(1, limit);
                List<InboxEntry> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new InboxEntry(r.getTimestamp(1).toInstant(), r.getString(2),
                                Optional.ofNullable(r.getString(3)), r.getString(4), r.getString(5),
                                Optional.ofNullable(r.getString(6)),
                                Optional.ofNullable(r.getString(7)).filter(m -> !m.isBlank()), r.getInt(8),
                                r.getInt(9)));
                    }
                }
                return out;
            }
        });
    }

    /** Runs {@code work} in one transaction holding the inbox row of {@code itemId} (others wait for it). */
    public <T> T processing(UUID itemId, ItemWork<T> work) {
        return write(c -> {
            InboxItem item = inboxWhere(c, "item_id = ?", itemId, true)
                    .orElseThrow(() -> new IllegalStateException("inbox item vanished: " + itemId));
            return work.run(item, new CountyTransaction(c));
        });
    }

    /** Every enrolled township and village with the day its data reach to and its last bundle received. */
    public List<Reported> reported() {
        return read(c -> {
            String perDivision = " max(coalesce(created_at, received_at)) upto, max(received_at) last from bundle";
            try (PreparedStatement s = c.prepareStatement("select e.division, e.division_name,"
                    + " coalesce(v.upto, t.upto), coalesce(v.last, t.last) from enrolment e"
                    + " left join (select village," + perDivision + " group by village) v on v.village = e.division"
                    + " left join (select township," + perDivision + " group by township) t"
                    + " on t.township = e.division order by e.division");
                 ResultSet r = s.executeQuery()) {
                List<Reported> out = new ArrayList<>();
                while (r.next()) {
                    out.add(new Reported(r.getString(1), r.getString(2), instant(r.getTimestamp(3)),
                            instant(r.getTimestamp(4))));
                }
                return out;
            }
        });
    }

    /** The townships' signed monthly reports of these months (yyyy-MM), the latest one each township signed. */
    public List<TownshipMonth> townshipReports(List<String> months) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("select distinct on (township, period) township, period,"
                    + " villages::text, received_at from township_report where period = any(?)"
                    + " order by township, period, created_at desc")) {
                s.setArray(1, c.createArrayOf("varchar", months.toArray()));
                List<TownshipMonth> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Map<String, String> villages = new java.util.HashMap<>();
                        try {
                            Json.mapper().readTree(r.getString(3)).fields()
                                    .forEachRemaining(f -> villages.put(f.getKey(), f.getValue().asText()));
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            throw new IllegalStateException("a kept township report is not JSON", e);
                        }
                        out.add(new TownshipMonth(r.getString(1), r.getString(2), villages,
                                r.getTimestamp(4).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    private static Optional<Instant> instant(Timestamp t) {
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    /** Uploads per township and outcome, newest first (for the status page). */
    public List<InboxItem> recentInbox(int limit) {
        return read(c -> {
            List<InboxItem> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(INBOX_COLUMNS + " order by received_at desc limit ?")) {
                s.setInt(1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(inbox(r));
                    }
                }
            }
            return out;
        });
    }

    private static final String INBOX_COLUMNS = "select item_id, sha256, township, village, kind, file_name, body,"
            + " manifest, received_at, outcome, message, receipt from inbox";

    private static Optional<InboxItem> inboxWhere(Connection c, String where, Object key, boolean lock)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INBOX_COLUMNS + " where " + where
                + (lock ? " for update" : ""))) {
            s.setObject(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(inbox(r)) : Optional.empty();
            }
        }
    }

    private static InboxItem inbox(ResultSet r) throws SQLException {
        return new InboxItem(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                Optional.ofNullable(r.getString(4)), r.getString(5), r.getString(6), r.getBytes(7), r.getBytes(8),
                r.getTimestamp(9).toInstant(), Optional.ofNullable(r.getString(10)),
                Optional.ofNullable(r.getString(11)), Optional.ofNullable(r.getBytes(12)));
    }

    /**
     * What the county's figures rest on, as one text that changes whenever they may: the villages' generations
     * (moved on by every write to their records) and the enrolments.
     */
    public String dataVersion() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select (select coalesce(sum(generation), 0) || ':' || count(*)"
                         + " from village_generation) || '/' || (select count(*) || ':' || coalesce(max(enrolled_at)"
                         + "::text, '') from enrolment)")) {
                r.next();
                return r.getString(1);
            }
        });
    }

    <T> T read(SqlWork<T> work) {
        try (Connection c = database.connection()) {
            c.setReadOnly(true);
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Reads in one repeatable-read transaction: every query of the work sees the same snapshot. */
    <T> T snapshot(SqlWork<T> work) {
        return transaction(work, true);
    }

    <T> T write(SqlWork<T> work) {
        return transaction(work, false);
    }

    private <T> T transaction(SqlWork<T> work, boolean snapshot) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            if (snapshot) {
                // the pool puts the connection's isolation and read-only flag back when it is returned
                c.setReadOnly(true);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; PostgreSQL rolls back the transaction of a closed connection itself
        }
    }

    /** The database could not be reached or refused the work: nothing of this transaction was kept. */
    static RegistryException failure(SQLException e) {
        return new DatabaseUnavailable(e);
    }

    /** A failure of PostgreSQL itself (stopped, unreachable): the upload is answered 503 and sent again later. */
    public static final class DatabaseUnavailable extends RegistryException {
        private static final long serialVersionUID = 1L;

        DatabaseUnavailable(SQLException e) {
            // the pool's and the driver's own words (timeouts, pool sizes, in English) stay with the cause, for the
            // log; the user reads what happened and what to do
            super(e, "county.db.unavailable", String.valueOf(e.getSQLState()));
        }
    }

    static Timestamp at(Instant i) {
        return Timestamp.from(i);
    }
}
