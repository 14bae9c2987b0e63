package org.villageregistry.storage;

import org.villageregistry.service.change.ChangeHash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.ChangeLog;
import org.villageregistry.domain.text.Messages;

/** The hash-chained change log of this workstation, appended in the same transaction as each save. */
final class ChangeJournal implements ChangeLog {
    private static final String COLUMNS =
            "change_id, origin, entity_type, entity_id, base_version, version, op, state, author, at, prev, hash";

    private final JdbcTransactions tx;
    private final Clock clock;
    private final String origin;
    private final String author;

    ChangeJournal(JdbcTransactions tx, Clock clock, String origin, String author) {
        this.tx = tx;
        this.clock = clock;
        this.origin = origin;
        this.author = author;
    }

    /** Appends the change for a saved record; the caller's write transaction makes both atomic. */
    Change append(RegisterRecord saved, long baseVersion, String stateJson) {
        tx.requireWrite();
        Optional<Head> last = head();
        long id = last.map(h -> h.changeId() + 1).orElse(1L);
        String op = saved.isVoided() ? "void" : "upsert";
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Change unsigned = new Change(id, origin, saved.entityType(), saved.id(), baseVersion, saved.version(), op,
                stateJson, author, at, last.map(Head::hash).orElse(null), null);
        Change change = new Change(id, origin, saved.entityType(), saved.id(), baseVersion, saved.version(), op,
                stateJson, author, at, unsigned.prev(), ChangeHash.of(unsigned));
        Sql.update(tx.connection(), "INSERT INTO change_log (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                change.changeId(), change.origin(), change.entityType().wireName(), change.entityId(),
                change.baseVersion(), change.version(), change.op(), change.stateJson(), change.author(),
                change.at().toString(), change.prev(), change.hash());
        return change;
    }

    /** The id and hash the next change links to: read without the last change's state, which can be large. */
    private Optional<Head> head() {
        return Sql.list(tx.connection(), "SELECT change_id, hash FROM change_log ORDER BY change_id DESC LIMIT 1",
                rs -> new Head(rs.getLong(1), rs.getString(2))).stream().findFirst();
    }

    private record Head(long changeId, String hash) {
    }

    @Override
    public List<Change> after(long afterId, int limit) {
        return tx.read(() -> Sql.list(tx.connection(),
                "SELECT " + COLUMNS + " FROM change_log WHERE change_id > ? ORDER BY change_id LIMIT ?",
                ChangeJournal::change, afterId, limit));
    }

    @Override
    public List<Change> forEntity(UUID entityId) {
        return tx.read(() -> Sql.list(tx.connection(),
                "SELECT " + COLUMNS + " FROM change_log WHERE entity_id = ? ORDER BY change_id",
                ChangeJournal::change, entityId));
    }

    @Override
    public Optional<Change> last() {
        return tx.read(() -> Sql.list(tx.connection(),
                "SELECT " + COLUMNS + " FROM change_log ORDER BY change_id DESC LIMIT 1", ChangeJournal::change)
                .stream().findFirst());
    }

    @Override
    public ChainVerification verify() {
        return tx.read(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM change_log ORDER BY change_id");
                 ResultSet rs = ps.executeQuery()) {
                long checked = 0;
                String prevHash = null;
                long expectedId = 1;
                while (rs.next()) {
                    Change ch = change(rs);
                    checked++;
                    String broken = brokenBecause(ch, expectedId, prevHash);
                    if (broken != null) {
                        return new ChainVerification(checked, OptionalLong.of(ch.changeId()), broken);
                    }
                    prevHash = ch.hash();
                    expectedId = ch.changeId() + 1;
                }
                return new ChainVerification(checked, OptionalLong.empty(), Messages.get("storage.chain.intact"));
            } catch (SQLException e) {
                throw StorageFailure.explain(e, null);
            }
        });
    }

    private static String brokenBecause(Change ch, long expectedId, String prevHash) {
        if (ch.changeId() != expectedId) {
            return Messages.get("storage.chain.gap", expectedId, ch.changeId());
        }
        if (!java.util.Objects.equals(ch.prev(), prevHash)) {
            return Messages.get("storage.chain.prevMismatch", ch.changeId());
        }
        if (!ChangeHash.of(ch).equals(ch.hash())) {
            return Messages.get("storage.chain.hashMismatch", ch.changeId());
        }
        return null;
    }

    private static Change change(ResultSet rs) throws SQLException {
        return new Change(rs.getLong(1), rs.getString(2), EntityType.fromWireName(rs.getString(3)),
                rs.getObject(4, UUID.class), rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                rs.getString(9), Instant.parse(rs.getString(10)), rs.getString(11), rs.getString(12));
    }
}
