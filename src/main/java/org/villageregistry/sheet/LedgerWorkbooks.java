package org.villageregistry.sheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.ledger.LedgerFiles;
import org.villageregistry.service.ledger.RawSheet;

/** Ledger files on disk: .xlsx and .xls through Apache POI, .csv in UTF-8 or GB18030/GBK, Excel Unicode text (.txt). */
public final class LedgerWorkbooks implements LedgerFiles {
    private final WorkbookReader workbooks = new WorkbookReader();
    private final CsvReader csv = new CsvReader();
    private final WorkbookWriter writer = new WorkbookWriter();

    @Override
    public RawSheet read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RegistryException("ledger.file.notFound", file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return csv.read(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
            return workbooks.read(file);
        }
        throw new RegistryException("ledger.file.unknownType", file.getFileName());
    }

    @Override
    public void writeWorkbook(Path file, String sheetName, List<String> headers, List<List<String>> rows,
                              Set<Integer> dateColumns) {
        writer.write(file, sheetName, headers, rows, dateColumns);
    }
}
