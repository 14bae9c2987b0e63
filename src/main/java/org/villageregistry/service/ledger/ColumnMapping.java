package org.villageregistry.service.ledger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which sheet column (0-based index) holds which ledger column. Unmapped columns are ignored on import. */
public record ColumnMapping(Map<LedgerColumn, Integer> columns) {
    /**
     * Without these a row cannot become a person of a household. Households come from 户号, or without it from
     * 与户主关系 (a 户主 row starts a household) or 户主姓名: any one of the three will do.
     */
    public static final List<LedgerColumn> REQUIRED = List.of(LedgerColumn.NAME, LedgerColumn.HOUSEHOLD_NUMBER);
    private static final List<LedgerColumn> HOUSEHOLD_MARKS = List.of(LedgerColumn.HOUSEHOLD_NUMBER,
            LedgerColumn.RELATION, LedgerColumn.HEAD_NAME);

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

    /** Required columns the mapping lacks, in the order of {@link #REQUIRED}; 户号 when nothing marks households. */
    public List<LedgerColumn> missing() {
        boolean households = HOUSEHOLD_MARKS.stream().anyMatch(columns::containsKey);
        return REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .filter(c -> c != LedgerColumn.HOUSEHOLD_NUMBER || !households).toList();
    }
}
