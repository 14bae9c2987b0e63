package org.villageregistry.storage;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * How one kind of record lies in its table: the common columns (id, version, owner, voided, state) plus the
 * typed columns its queries need, each read from the record.
 */
record RecordTable<T extends RegisterRecord>(String name, Class<T> type, EntityType entityType,
                                             List<Column<T>> columns) {
    /** A typed query column and where its value comes from. */
    record Column<T>(String name, Function<T, Object> value) {
    }

    static <T> Column<T> column(String name, Function<T, Object> value) {
        return new Column<>(name, value);
    }

    String columnNames() {
        return "id, version, owner, voided, state"
                + columns.stream().map(c -> ", " + c.name()).collect(Collectors.joining());
    }

    String parameterMarks() {
        return "?, ?, ?, ?, ?" + ", ?".repeat(columns.size());
    }

    String assignments() {
        return "version = ?, owner = ?, voided = ?, state = ?"
                + columns.stream().map(c -> ", " + c.name() + " = ?").collect(Collectors.joining());
    }

    Object[] insertValues(T record, String state) {
        Object[] v = new Object[5 + columns.size()];
        v[0] = record.id();
        v[1] = record.version();
        v[2] = record.owner();
        v[3] = record.isVoided();
        v[4] = state;
        for (int i = 0; i < columns.size(); i++) {
            v[5 + i] = columns.get(i).value().apply(record);
        }
        return v;
    }

    /** Values for "SET assignments WHERE id = ? AND version = ?". */
    Object[] updateValues(T record, String state, long expectedVersion) {
        Object[] insert = insertValues(record, state);
        Object[] v = new Object[insert.length + 1];
        System.arraycopy(insert, 1, v, 0, insert.length - 1);
        v[insert.length - 1] = record.id();
        v[insert.length] = expectedVersion;
        return v;
    }
}
