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

    /** The rows to look at before importing: refused, imported with a warning, or updating a stored person. */
    public List<RowResult> attentionRows() {
        return rows.stream().filter(RowResult::needsAttention).toList();
    }

    /** Rows imported with a warning to check (an ID whose last X was added, …). */
    public long warned() {
        return rows.stream().filter(r -> r.isValid() && !r.warnings().isEmpty()).count();
    }

    public long count(RowResult.Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
