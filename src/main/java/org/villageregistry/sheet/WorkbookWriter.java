package org.villageregistry.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.files.WriteFailure;

/**
 * Writes a ledger as .xlsx: a bold header row and text cells (format "@"), so that ID numbers and household
 * numbers like 0012 stay as written when the file is opened and saved in Excel. Written to a temporary file
 * first and moved into place, so a failed write leaves no half file.
 */
final class WorkbookWriter {
    void write(Path file, String sheetName, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            writeRow(sheet.createRow(0), headers, header);
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet.createRow(r + 1), rows.get(r), text);
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, Math.min(255, Math.max(10, headers.get(c).length() * 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
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
        } catch (IOException e) {
            RegistryException explained = WriteFailure.explain(e, file);
            throw explained.key().equals("file.write.failed")
                    ? new RegistryException(e, "ledger.file.notWritten", file.getFileName(), e.getClass().getSimpleName())
                    : explained;
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a hidden temporary file in a folder that went away or turned read-only; nothing more to do
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellStyle(style);
            String value = values.get(c);
            if (value != null && !value.isEmpty()) {
                cell.setCellValue(value);
            }
        }
    }
}
