package org.villageregistry.service.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reading and writing ledger spreadsheets (.xlsx, .xls, .csv). The service works on cells only; the file
 * formats live in the sheet package.
 */
public interface LedgerFiles {
    /** The worksheet holding the ledger (the first one with a recognisable header, else the first). */
    RawSheet read(Path file);

    /** Writes one worksheet of text cells (IDs stay text) with a bold header row to an .xlsx file. */
    default void writeWorkbook(Path file, String sheetName, List<String> headers, List<List<String>> rows) {
        writeWorkbook(file, sheetName, headers, rows, Set.of());
    }

    /** The same, with the cells of the given columns (yyyy-MM-dd) written as dates. */
    void writeWorkbook(Path file, String sheetName, List<String> headers, List<List<String>> rows,
                       Set<Integer> dateColumns);
}
