package org.villageregistry.service.ledger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which sheet column (0-based index) holds which ledger column. Unmapped columns are ignored on import. */
public record ColumnMapping(Map<LedgerColumn, Integer> columns) {
    /** Without these a row cannot become a person of a household. */
    public static final List<LedgerColumn> REQUIRED = List.of(LedgerColumn.NAME, LedgerColumn.HOUSEHOLD_NUMBER);

    public ColumnMapping {
        EnumMap<LedgerColumn, Integer> copy = new EnumMap<>(LedgerColumn.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    /** The mapping guessed from the headers: the first column whose header is recognised wins. */
    public static ColumnMapping guess(List<String> headers) {
        Map<LedgerColumn, Integer> guessed = new EnumMap<>(LedgerColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            LedgerColumn.recognise(headers.get(i)).ifPresent(c -> guessed.putIfAbsent(c, index));
        }
        return new ColumnMapping(guessed);
    }

    public Optional<Integer> index(LedgerColumn column) {
        return Optional.ofNullable(columns.get(column));
    }

    public boolean has(LedgerColumn column) {
        return columns.containsKey(column);
    }

    public ColumnMapping with(LedgerColumn column, int index) {
        Map<LedgerColumn, Integer> changed = new EnumMap<>(LedgerColumn.class);
        changed.putAll(columns);
        changed.values().remove(index);
        changed.put(column, index);
        return new ColumnMapping(changed);
    }

    public ColumnMapping without(LedgerColumn column) {
        Map<LedgerColumn, Integer> changed = new EnumMap<>(LedgerColumn.class);
        changed.putAll(columns);
        changed.remove(column);
        return new ColumnMapping(changed);
    }

    /** Required columns the mapping lacks, in the order of {@link #REQUIRED}. */
    public List<LedgerColumn> missing() {
        return REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    }
}
