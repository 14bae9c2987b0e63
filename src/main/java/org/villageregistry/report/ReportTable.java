package org.villageregistry.report;

import java.util.List;
import java.util.Optional;
import org.villageregistry.report.ReportDocument.Block;

/**
 * A table of a report. On paper it breaks across pages with its header repeated; with pageTotals set, each page
 * ends with the sum of {@code amounts} (fen) of its rows in column {@code amountColumn}. totalRow closes the table.
 * The same table is what CSV and .xlsx export.
 */
public record ReportTable(String name, List<Column> columns, List<List<String>> rows, Optional<List<String>> totalRow,
                          Optional<PageTotals> pageTotals) implements Block {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        totalRow = totalRow.map(List::copyOf);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns: " + name);
            }
        }
    }

    public static ReportTable of(String name, List<Column> columns, List<List<String>> rows) {
        return new ReportTable(name, columns, rows, Optional.empty(), Optional.empty());
    }

    public List<String> headerTexts() {
        return columns.stream().map(Column::title).toList();
    }

    /**
     * A column: its title, its share of the table width and what it holds. NUMBER cells are right-aligned on paper
     * and go into a spreadsheet as numbers (amounts, counts, rates, read from their printed form); TEXT cells stay
     * text there, so 户号 0006 and ID numbers keep their digits; DATE cells (2026-11-30) become dates.
     */
    public record Column(String title, float weight, Kind kind) {
        public enum Kind { TEXT, NUMBER, DATE }

        public static Column text(String title, float weight) {
            return new Column(title, weight, Kind.TEXT);
        }

        public static Column number(String title, float weight) {
            return new Column(title, weight, Kind.NUMBER);
        }

        public static Column date(String title, float weight) {
            return new Column(title, weight, Kind.DATE);
        }

        public boolean numeric() {
            return kind == Kind.NUMBER;
        }
    }

    /** Per-page subtotal of money: the amount of each row in fen, the column it shows in and its label. */
    public record PageTotals(List<Long> amounts, int amountColumn, int labelColumn, String label, float rowHeight) {
        public PageTotals {
            amounts = List.copyOf(amounts);
        }
    }
}
