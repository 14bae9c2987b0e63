package org.villageregistry.service.ledger;

import java.util.List;

/** Every row of a ledger checked under one mapping, before anything is written. */
public record LedgerValidation(LedgerSheet sheet, ColumnMapping mapping, List<RowResult> rows) {
    public LedgerValidation {
        rows = List.copyOf(rows);
    }

    public List<RowResult> errorRows() {
        return rows.stream().filter(r -> !r.isValid()).toList();
    }

    public long count(RowResult.Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
