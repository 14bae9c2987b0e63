package org.villageregistry.service.ledger;

import java.util.List;

/** A data row of the ledger with its row number as the spreadsheet shows it (1-based). */
public record LedgerRow(int rowNumber, List<SheetCell> cells) {
    public LedgerRow {
        cells = List.copyOf(cells);
    }

    public SheetCell cell(int index) {
        return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
    }

    /** The cells as the registrar sees them, one per header, for preview and the error sheet. */
    public List<String> texts(int width) {
        return java.util.stream.IntStream.range(0, width).mapToObj(i -> cell(i).text()).toList();
    }
}
