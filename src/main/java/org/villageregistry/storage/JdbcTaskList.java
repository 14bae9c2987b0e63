package org.villageregistry.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.sync.TaskList;

/**
 * The village's to-do list from receipts: quarantined changes to fix and feedback to act on. Kept in the sync tables
 * (V2__sync.sql).
 */
final class JdbcTaskList implements TaskList {
    private static final String TASK_COLUMNS = "id, receipt_id, kind, entity_id, change_id, reason_code, message,"
            + " payload, created_at, done";

    private final JdbcTransactions tx;

    JdbcTaskList(JdbcTransactions tx) {
        this.tx = tx;
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
}
