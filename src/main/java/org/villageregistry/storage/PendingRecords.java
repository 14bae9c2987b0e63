package org.villageregistry.storage;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A village's records changed since the township last acknowledged a change (the "not acknowledged" count):
 * counted whole once from the change log's index (change_log_pending, V12), then kept by looking only at the
 * changes appended since, as long as the acknowledged change is the same and the last change counted is still in
 * the log with the same hash (the log is hash-chained, so everything up to it is unchanged; a rolled-back write or
 * a restored file makes the count start again). Every use happens under the register's one transaction lock.
 */
final class PendingRecords {
    private final JdbcTransactions tx;
    private Counted counted;

    PendingRecords(JdbcTransactions tx) {
        this.tx = tx;
    }

    private record Counted(String prefix, long acknowledged, long last, String lastHash, long records) {
    }

    /** Distinct records with a change from the division (an owner prefix such as "4101%") after the acknowledged. */
    long count(String prefix) {
        return tx.read(() -> {
            long acknowledged = Sql.count(tx.connection(),
                    "SELECT COALESCE(MAX(last_acknowledged), 0) FROM sync_village");
            // MAX from the primary key's last entry; ORDER BY change_id DESC LIMIT 1 read the whole log
            long lastId = Sql.count(tx.connection(), "SELECT COALESCE(MAX(change_id), 0) FROM change_log");
            if (lastId == 0) {
                counted = null;
                return 0L;
            }
            String lastHash = hashOf(lastId);
            Counted before = counted;
            long records;
            if (before != null && before.prefix().equals(prefix) && before.acknowledged() == acknowledged
                    && before.last() <= lastId && Objects.equals(before.lastHash(), hashOf(before.last()))) {
                records = before.records() + newlyPending(prefix, acknowledged, before.last());
            } else {
                records = Sql.count(tx.connection(), "SELECT COUNT(DISTINCT entity_id) FROM change_log"
                        + " WHERE origin LIKE ? AND change_id > ?", prefix, acknowledged);
            }
            counted = new Counted(prefix, acknowledged, lastId, lastHash, records);
            return records;
        });
    }

    /** Records changed after {@code last} that had no change in (acknowledged, last]. */
    private long newlyPending(String prefix, long acknowledged, long last) {
        List<UUID> changed = Sql.list(tx.connection(), "SELECT DISTINCT entity_id FROM change_log"
                + " WHERE change_id > ? AND origin LIKE ?", rs -> rs.getObject(1, UUID.class), last, prefix);
        long fresh = 0;
        for (UUID id : changed) {
            if (Sql.count(tx.connection(), "SELECT COUNT(*) FROM change_log WHERE entity_id = ? AND origin LIKE ?"
                    + " AND change_id > ? AND change_id <= ?", id, prefix, acknowledged, last) == 0) {
                fresh++;
            }
        }
        return fresh;
    }

    private String hashOf(long changeId) {
        return Sql.list(tx.connection(), "SELECT hash FROM change_log WHERE change_id = ?", rs -> rs.getString(1),
                changeId).stream().findFirst().orElse(null);
    }
}
