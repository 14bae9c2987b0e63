package org.villageregistry.service.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.villageregistry.domain.text.RegistryException;

/**
 * A ledger ready to be mapped: its header (found below any title rows; a second header row under merged group
 * headers is joined in), the data rows without blank ones, and the mapping guessed from the header.
 */
public record LedgerSheet(String fileName, String sheetName, int headerRowNumber, List<String> headers,
                          List<LedgerRow> rows, ColumnMapping guessedMapping) {
    /** A header row has at least this many recognised headers, which tells it from a title row. */
    public static final int RECOGNISED_HEADERS_NEEDED = 3;

    public LedgerSheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Finds the header and the data rows; refused when no row looks like a ledger header. */
    public static LedgerSheet of(RawSheet raw) {
        int headerIndex = headerIndex(raw.rows())
                .orElseThrow(() -> new RegistryException("ledger.error.noHeader", raw.fileName(),
                        RECOGNISED_HEADERS_NEEDED));
        List<SheetCell> top = raw.rows().get(headerIndex);
        List<SheetCell> second = headerIndex + 1 < raw.rows().size() ? raw.rows().get(headerIndex + 1) : List.of();
        boolean twoRows = recognised(second) >= 2 && joinsNewColumns(top, second);
        int width = width(raw.rows());
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String upper = textAt(top, i);
            String lower = twoRows ? textAt(second, i) : "";
            boolean lowerNamesIt = !lower.isEmpty() && !lower.equals(upper)
                    && LedgerColumn.recognise(lower).isPresent();
            headers.add(lowerNamesIt || upper.isEmpty() ? lower : upper);
        }
        int firstData = headerIndex + (twoRows ? 2 : 1);
        List<LedgerRow> rows = new ArrayList<>();
        for (int r = firstData; r < raw.rows().size(); r++) {
            List<SheetCell> cells = raw.rows().get(r);
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(new LedgerRow(r + 1, cells));
            }
        }
        return new LedgerSheet(raw.fileName(), raw.sheetName(), headerIndex + 1, headers, rows,
                ColumnMapping.guess(headers));
    }

    /** The index of the first row with enough recognised headers. */
    public static Optional<Integer> headerIndex(List<List<SheetCell>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (recognised(rows.get(r)) >= RECOGNISED_HEADERS_NEEDED) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The first rows, for the wizard's preview. */
    public List<LedgerRow> sample(int count) {
        return rows.subList(0, Math.min(count, rows.size()));
    }

    private static int recognised(List<SheetCell> row) {
        Set<LedgerColumn> found = new HashSet<>();
        row.forEach(c -> LedgerColumn.recognise(c.text()).ifPresent(found::add));
        return found.size();
    }

    private static boolean joinsNewColumns(List<SheetCell> top, List<SheetCell> second) {
        for (int i = 0; i < second.size(); i++) {
            Optional<LedgerColumn> lower = LedgerColumn.recognise(textAt(second, i));
            if (lower.isPresent() && LedgerColumn.recognise(textAt(top, i)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String textAt(List<SheetCell> row, int i) {
        return i < row.size() ? row.get(i).text().strip() : "";
    }

    private static int width(List<List<SheetCell>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
