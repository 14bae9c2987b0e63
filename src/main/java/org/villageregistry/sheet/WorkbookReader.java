package org.villageregistry.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.ledger.LedgerSheet;
import org.villageregistry.service.ledger.RawSheet;
import org.villageregistry.service.ledger.SheetCell;

/**
 * Reads .xlsx and .xls workbooks with Apache POI. Numbers come out as exact plain digits (an ID stored as a
 * number is not turned into 4.1E+17 here), date-formatted cells as dates, formulas as their cached value, and
 * a merged cell's value is given to every cell of the merged region. What a village ledger can be is bounded
 * (file size, rows, columns), so a damaged file claiming 65,000 columns is refused at once instead of keeping
 * the registrar waiting.
 */
final class WorkbookReader {
    static final long MAX_BYTES = 30L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    static final int MAX_COLUMNS = 256;
    private final DataFormatter formatter = new DataFormatter();

    RawSheet read(Path file) {
        refuseTooLarge(file);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            RawSheet first = null;
            for (Sheet sheet : workbook) {
                RawSheet raw = new RawSheet(file.getFileName().toString(), sheet.getSheetName(), rows(sheet));
                if (LedgerSheet.headerIndex(raw.rows()).isPresent()) {
                    return raw;
                }
                first = first == null ? raw : first;
            }
            if (first == null) {
                throw new RegistryException("ledger.file.empty", file.getFileName());
            }
            return first;
        } catch (EncryptedDocumentException e) {
            throw new RegistryException("ledger.file.encrypted", file.getFileName());
        } catch (IOException | RuntimeException e) {
            if (e instanceof RegistryException registry) {
                throw registry;
            }
            throw new RegistryException("ledger.file.unreadable", file.getFileName(), e.getClass().getSimpleName());
        }
    }

    private static void refuseTooLarge(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new RegistryException("ledger.file.tooLarge", file.getFileName(), size / (1024 * 1024),
                        MAX_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            throw new RegistryException("ledger.file.unreadable", file.getFileName(), e.getClass().getSimpleName());
        }
    }

    /** Refused when a sheet claims more rows or columns than any ledger has: the file is damaged or no ledger. */
    private static void refuseOutOfBounds(Sheet sheet, int row, int column) {
        if (row >= MAX_ROWS || column >= MAX_COLUMNS) {
            throw new RegistryException("ledger.file.outOfBounds", sheet.getSheetName(), row + 1, column + 1,
                    MAX_ROWS, MAX_COLUMNS);
        }
    }

    private List<List<SheetCell>> rows(Sheet sheet) {
        int last = sheet.getLastRowNum();
        refuseOutOfBounds(sheet, last, 0);
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            refuseOutOfBounds(sheet, region.getLastRow(), region.getLastColumn());
        }
        List<List<SheetCell>> rows = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<SheetCell> cells = new ArrayList<>();
            if (row != null) {
                refuseOutOfBounds(sheet, r, Math.max(0, row.getLastCellNum() - 1));
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cell(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            fillMerged(rows, region);
        }
        return rows;
    }

    private static void fillMerged(List<List<SheetCell>> rows, CellRangeAddress region) {
        if (region.getFirstRow() >= rows.size()) {
            return;
        }
        List<SheetCell> topRow = rows.get(region.getFirstRow());
        SheetCell value = region.getFirstColumn() < topRow.size() ? topRow.get(region.getFirstColumn())
                : SheetCell.BLANK;
        for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
            List<SheetCell> row = rows.get(r);
            while (row.size() <= region.getLastColumn()) {
                row.add(SheetCell.BLANK);
            }
            for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                row.set(c, value);
            }
        }
    }

    private SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? SheetCell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : SheetCell.number(plain(cell.getNumericCellValue()));
            case STRING -> SheetCell.text(cell.getStringCellValue());
            case BOOLEAN -> SheetCell.text(formatter.formatCellValue(cell));
            default -> SheetCell.BLANK;
        };
    }

    /** The exact value of a stored number without exponent or trailing zeros, e.g. 41010319900501128. */
    static String plain(double value) {
        BigDecimal number = value == Math.rint(value) ? new BigDecimal(value) : BigDecimal.valueOf(value);
        return number.stripTrailingZeros().toPlainString();
    }
}
