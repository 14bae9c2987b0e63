package org.villageregistry.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.AuditLog;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.change.AuditHash;

/** The hash-chained audit log in table audit_log; each append is its own write (or joins the caller's). */
final class AuditJournal implements AuditLog {
    private static final String COLUMNS =
            "seq, at, user_name, workstation, action, entity_type, entity_id, detail, prev, hash";

    private final JdbcTransactions tx;
    private final Clock clock;
    private final String workstation;
    private final String user;

    AuditJournal(JdbcTransactions tx, Clock clock, String workstation, String user) {
        this.tx = tx;
        this.clock = clock;
        this.workstation = workstation;
        this.user = user;
    }

    @Override
    public AuditEntry append(AuditAction action, EntityType entityType, UUID entityId, String detail) {
        return appendAs(user, clock.instant(), action, entityType, entityId, detail);
    }

    /** Appends an entry for another user or moment, e.g. a failed sign-in noted before the register was open. */
    AuditEntry appendAs(String userName, Instant when, AuditAction action, EntityType entityType, UUID entityId,
                        String detail) {
        Objects.requireNonNull(action, "action");
        return tx.write(() -> {
            List<AuditEntry> last = Sql.list(tx.connection(),
                    "SELECT " + COLUMNS + " FROM audit_log ORDER BY seq DESC LIMIT 1", AuditJournal::entry);
            long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
            String prev = last.isEmpty() ? null : last.get(0).hash();
            AuditEntry unsigned = new AuditEntry(seq, when.truncatedTo(ChronoUnit.MILLIS), userName, workstation,
                    action.name(), entityType == null ? null : entityType.wireName(), entityId, detail, prev, null);
            AuditEntry entry = new AuditEntry(unsigned.seq(), unsigned.at(), userName, workstation, unsigned.action(),
                    unsigned.entityType(), entityId, detail, prev, AuditHash.of(unsigned));
            Sql.update(tx.connection(),
                    "INSERT INTO audit_log (" + COLUMNS + ", at_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    entry.seq(), entry.at().toString(), entry.user(), entry.workstation(), entry.action(),
                    entry.entityType(), entry.entityId(), entry.detail(), entry.prev(), entry.hash(),
                    entry.at().toEpochMilli());
            return entry;
        });
    }

    @Override
    public List<AuditEntry> list(AuditFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return tx.read(() -> Sql.list(tx.connection(), "SELECT " + COLUMNS + " FROM audit_log" + where
                + " ORDER BY seq DESC LIMIT ? OFFSET ?", AuditJournal::entry, params.toArray()));
    }

    @Override
    public long count(AuditFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return tx.read(() -> Sql.list(tx.connection(), "SELECT COUNT(*) FROM audit_log" + where,
                rs -> rs.getLong(1), params.toArray()).get(0));
    }

    @Override
    public List<String> userNames() {
        return tx.read(() -> Sql.list(tx.connection(),
                "SELECT DISTINCT user_name FROM audit_log ORDER BY user_name", rs -> rs.getString(1)));
    }

    private static String where(AuditFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        if (filter.from() != null) {
            where.append(" AND at_ms >= ?");
            params.add(filter.from().toEpochMilli());
        }
        if (filter.to() != null) {
            where.append(" AND at_ms < ?");
            params.add(filter.to().toEpochMilli());
        }
        if (filter.user() != null) {
            where.append(" AND user_name = ?");
            params.add(filter.user());
        }
        if (filter.action() != null) {
            where.append(" AND action = ?");
            params.add(filter.action().name());
        }
        if (filter.entityId() != null) {
            where.append(" AND entity_id = ?");
            params.add(filter.entityId());
        }
        if (filter.entityType() != null) {
            where.append(" AND entity_type = ?");
            params.add(filter.entityType().wireName());
        }
        if (filter.idText() != null) {
            where.append(" AND LOWER(CAST(entity_id AS VARCHAR)) LIKE ? ESCAPE '\\'");
            params.add("%" + filter.idText().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    @Override
    public ChainVerification verify() {
        return tx.read(() -> {
            long[] checked = {0};
            String[] prev = {null};
            long[] expected = {1};
            List<ChainVerification> broken = new ArrayList<>(1);
            Sql.each(tx.connection(), "SELECT " + COLUMNS + " FROM audit_log ORDER BY seq", rs -> {
                if (!broken.isEmpty()) {
                    return;
                }
                AuditEntry e = entry(rs);
                checked[0]++;
                String reason = brokenBecause(e, expected[0], prev[0]);
                if (reason != null) {
                    broken.add(new ChainVerification(checked[0], OptionalLong.of(e.seq()), reason));
                }
                prev[0] = e.hash();
                expected[0] = e.seq() + 1;
            });
            return broken.isEmpty()
                    ? new ChainVerification(checked[0], OptionalLong.empty(), Messages.get("storage.chain.intact"))
                    : broken.get(0);
        });
    }

    private static String brokenBecause(AuditEntry e, long expectedSeq, String prevHash) {
        if (e.seq() != expectedSeq) {
            return Messages.get("storage.chain.gap", expectedSeq, e.seq());
        }
        if (!Objects.equals(e.prev(), prevHash)) {
            return Messages.get("storage.chain.prevMismatch", e.seq());
        }
        if (!AuditHash.of(e).equals(e.hash())) {
            return Messages.get("storage.chain.hashMismatch", e.seq());
        }
        return null;
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9),
                rs.getString(10));
    }
}
