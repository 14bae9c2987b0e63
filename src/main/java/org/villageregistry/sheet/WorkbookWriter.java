package org.villageregistry.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.files.WriteFailure;

/**
 * Writes a ledger as .xlsx: a bold header row, text cells (format "@") so that ID numbers, phones and household
 * numbers like 0012 stay as written when the file is opened and saved in Excel, and real dates in the date
 * columns. Printed on A4 landscape with the header on every page; the header is frozen on screen. Written to a
 * temporary file first and moved into place, so a failed write leaves no half file.
 */
final class WorkbookWriter {
    void write(Path file, String sheetName, List<String> headers, List<List<String>> rows, Set<Integer> dateColumns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            writeRow(sheet.createRow(0), headers, header, null, Set.of());
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet.createRow(r + 1), rows.get(r), text, date, dateColumns);
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setDefaultColumnStyle(c, dateColumns.contains(c) ? date : text);
                sheet.setColumnWidth(c, width(headers, rows, c) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            save(workbook, file);
        } catch (IOException e) {
            RegistryException explained = WriteFailure.explain(e, file);
            throw explained.key().equals("file.write.failed")
                    ? new RegistryException(e, "ledger.file.notWritten", file.getFileName(), e.getClass().getSimpleName())
                    : explained;
        }
    }

    private static void save(XSSFWorkbook workbook, Path file) throws IOException {
        WriteFailure.requireFolder(file);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".ledger", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Characters wide, a Chinese character counting two: from 8 to 40. */
    private static int width(List<String> headers, List<List<String>> rows, int c) {
        int widest = displayWidth(headers.get(c));
        for (List<String> row : rows) {
            widest = Math.max(widest, c < row.size() ? displayWidth(row.get(c)) : 0);
        }
        return Math.min(40, Math.max(8, widest + 2));
    }

    private static int displayWidth(String text) {
        return text == null ? 0 : text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a hidden temporary file in a folder that went away or turned read-only; nothing more to do
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle text, CellStyle date, Set<Integer> dates) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(text);
            String value = values.get(c);
            if (value == null || value.isEmpty()) {
                continue;
            }
            Optional<LocalDate> asDate = dates.contains(c) ? asDate(value) : Optional.empty();
            if (asDate.isPresent()) {
                cell.setCellStyle(date);
                cell.setCellValue(asDate.get());
            } else {
                cell.setCellValue(value);
            }
        }
    }

    private static Optional<LocalDate> asDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
