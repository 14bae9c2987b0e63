package org.villageregistry.storage;

import org.villageregistry.domain.record.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.RecordRepository;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.StaleRecordException;

/**
 * Saves records with optimistic versions and appends each change to the log in the same transaction;
 * reads records back from their JSON state.
 */
class JdbcRecordRepository<T extends RegisterRecord> implements RecordRepository<T> {
    protected final RecordTable<T> table;
    protected final JdbcTransactions tx;
    private final ChangeJournal journal;
    private final List<Consumer<T>> committedListeners = new ArrayList<>();

    JdbcRecordRepository(RecordTable<T> table, JdbcTransactions tx, ChangeJournal journal) {
        this.table = table;
        this.tx = tx;
        this.journal = journal;
    }

    @Override
    public EntityType kind() {
        return table.entityType();
    }

    /** Called with each saved record once its transaction has committed. */
    void onCommitted(Consumer<T> listener) {
        committedListeners.add(listener);
    }

    @Override
    public Optional<T> find(UUID id) {
        return first("id = ?", id);
    }

    @Override
    public T save(T record) {
        return tx.write(() -> {
            beforeWriting();
            long base = record.version();
            T saved = table.type().cast(record.withVersion(base + 1));
            String state = RecordJson.write(saved);
            if (base == 0) {
                Optional<Long> existing = storedVersion(record.id());
                if (existing.isPresent()) {
                    throw stale(0, existing.get());
                }
                insert(saved, state);
            } else {
                int rows = Sql.update(tx.connection(), "UPDATE " + table.name() + " SET " + table.assignments()
                        + " WHERE id = ? AND version = ?", table.updateValues(saved, state, base));
                if (rows == 0) {
                    throw stale(base, storedVersion(record.id()).orElse(0L));
                }
            }
            written(saved);
            journal.append(saved, base, state);
            tx.afterCommit(() -> committedListeners.forEach(l -> l.accept(saved)));
            return saved;
        });
    }

    @Override
    public T saveReceived(T record) {
        return tx.write(() -> {
            beforeWriting();
            String state = RecordJson.write(record);
            Sql.update(tx.connection(), "DELETE FROM " + table.name() + " WHERE id = ?", record.id());
            insert(record, state);
            written(record);
            tx.afterCommit(() -> committedListeners.forEach(l -> l.accept(record)));
            return record;
        });
    }

    @Override
    public Map<UUID, Stored> storedVersions(Collection<UUID> ids) {
        Map<UUID, Stored> out = new HashMap<>();
        tx.read(() -> {
            Sql.eachIn(tx.connection(), "SELECT id, version, owner FROM " + table.name() + " WHERE id", ids, "",
                    rs -> {
                        UUID id = rs.getObject(1, UUID.class);
                        out.put(id, new Stored(id, rs.getLong(2), rs.getString(3)));
                    });
            return null;
        });
        return out;
    }

    @Override
    public void saveReceivedAll(Collection<T> records) {
        saveReceivedAll(records, null);
    }

    /** {@code stored} null: any record may have a row already. */
    @Override
    public void saveReceivedAll(Collection<T> records, Set<UUID> stored) {
        saveReceivedAll(records, stored, Map.of());
    }

    /** A record's state is the JSON it arrived as where given (its typed columns from the record read from it). */
    @Override
    public void saveReceivedAll(Collection<T> records, Set<UUID> stored, Map<UUID, String> asReceived) {
        if (records.isEmpty()) {
            return;
        }
        tx.write(() -> {
            beforeWriting();
            List<T> saved = List.copyOf(records);
            List<Object[]> ids = new ArrayList<>(saved.size());
            List<Object[]> rows = new ArrayList<>(saved.size());
            for (T r : saved) {
                if (stored == null || stored.contains(r.id())) {
                    ids.add(new Object[] {r.id()});
                }
                String state = asReceived.get(r.id());
                rows.add(table.insertValues(r, state != null ? state : RecordJson.write(r)));
            }
            Sql.batch(tx.connection(), "DELETE FROM " + table.name() + " WHERE id = ?", ids);
            Sql.batch(tx.connection(), "INSERT INTO " + table.name() + " (" + table.columnNames() + ") VALUES ("
                    + table.parameterMarks() + ")", rows);
            saved.forEach(this::written);
            tx.afterCommit(() -> saved.forEach(r -> committedListeners.forEach(l -> l.accept(r))));
            return null;
        });
    }

    /** Hook run inside the write before a record of this table is written. */
    protected void beforeWriting() {
    }

    /** Hook for tables that keep extra rows per record (e.g. the persons of a move). */
    protected void written(T record) {
    }

    /** The first record that meets the condition, in the order it gives. */
    protected Optional<T> first(String condition, Object... params) {
        return where(condition, params).stream().findFirst();
    }

    protected List<T> where(String condition, Object... params) {
        return tx.read(() -> Sql.list(tx.connection(),
                "SELECT state FROM " + table.name() + " WHERE " + condition,
                rs -> RecordJson.read(rs.getString(1), table.type()), params));
    }

    /** Records from a full query whose first column is the state. */
    protected List<T> select(String sql, Object... params) {
        return tx.read(() -> Sql.list(tx.connection(), sql, rs -> RecordJson.read(rs.getString(1), table.type()),
                params));
    }

    private void insert(T record, String state) {
        Sql.update(tx.connection(), "INSERT INTO " + table.name() + " (" + table.columnNames() + ") VALUES ("
                + table.parameterMarks() + ")", table.insertValues(record, state));
    }

    private Optional<Long> storedVersion(UUID id) {
        return Sql.list(tx.connection(), "SELECT version FROM " + table.name() + " WHERE id = ?",
                rs -> rs.getLong(1), id).stream().findFirst();
    }

    private StaleRecordException stale(long expected, long actual) {
        return new StaleRecordException(Messages.get("storage.entity." + table.entityType().wireName()),
                expected, actual);
    }
}
