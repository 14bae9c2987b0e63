package org.villageregistry.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.villageregistry.service.SpreadsheetCsv;

/**
 * Every table of a document as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese, one
 * table after another under its name, cells that could run as a formula made inert) or as .xlsx (one sheet per
 * table, typed cells: {@link XlsxTables}).
 */
public final class TableExport {

    public byte[] csv(ReportDocument document) {
        StringBuilder out = new StringBuilder().append(SpreadsheetCsv.BOM);
        try {
            SpreadsheetCsv csv = new SpreadsheetCsv(out);
            List<ReportTable> tables = document.tables();
            for (ReportTable t : tables) {
                if (tables.size() > 1) {
                    csv.row(List.of(t.name()));
                }
                csv.row(t.headerTexts());
                for (List<String> row : t.rows()) {
                    csv.row(row);
                }
                if (t.totalRow().isPresent()) {
                    csv.row(t.totalRow().get());
                }
                if (tables.size() > 1) {
                    csv.blankLine();
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(ReportDocument document) {
        return XlsxTables.write(document);
    }
}
