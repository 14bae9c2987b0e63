package org.villageregistry.service.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a corpus ledger the way the office's program would: .xlsx and .xls with POI (a title merged over the
 * header's width, number and date cells as typed, merged 户号 cells keeping their value in the top cell only),
 * CSV in the ledger's charset, and Excel's "Unicode text" (UTF-16LE with a BOM, tabs).
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static Path write(CorpusLedger ledger, Path folder) throws IOException {
        Path file = folder.resolve(ledger.fileName);
        switch (ledger.format) {
            case XLSX -> workbook(ledger, new XSSFWorkbook(), file);
            case XLS -> workbook(ledger, new HSSFWorkbook(), file);
            case CSV -> Files.write(file, text(ledger, ",").getBytes(ledger.charset));
            case UNICODE_TEXT -> {
                byte[] body = text(ledger, "\t").getBytes(StandardCharsets.UTF_16LE);
                byte[] withBom = new byte[body.length + 2];
                withBom[0] = (byte) 0xFF;
                withBom[1] = (byte) 0xFE;
                System.arraycopy(body, 0, withBom, 2, body.length);
                Files.write(file, withBom);
            }
        }
        return file;
    }

    private static void workbook(CorpusLedger ledger, Workbook workbook, Path file) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("人口台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            if (ledger.title != null) {
                sheet.createRow(r).createCell(0).setCellValue(ledger.title);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, ledger.headers.size() - 1));
                r++;
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c < ledger.headers.size(); c++) {
                header.createCell(c).setCellValue(ledger.headers.get(c));
            }
            int firstData = r;
            for (CorpusLedger.Row row : ledger.rows) {
                Row sheetRow = sheet.createRow(r++);
                for (int c = 0; c < row.cells().size(); c++) {
                    if (!mergedAway(ledger, r - 1 - firstData, c)) {
                        cell(sheetRow.createCell(c), row.cells().get(c), date);
                    }
                }
            }
            for (CorpusLedger.Merge m : ledger.merges) {
                sheet.addMergedRegion(new CellRangeAddress(firstData + m.firstDataRow(), firstData + m.lastDataRow(),
                        m.column(), m.column()));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static boolean mergedAway(CorpusLedger ledger, int dataRow, int column) {
        return ledger.merges.stream().anyMatch(m -> m.column() == column && dataRow > m.firstDataRow()
                && dataRow <= m.lastDataRow());
    }

    private static void cell(Cell cell, Object value, CellStyle date) {
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (!value.toString().isEmpty()) {
            cell.setCellValue(value.toString());
        }
    }

    private static String text(CorpusLedger ledger, String separator) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(separator, ledger.headers));
        for (CorpusLedger.Row row : ledger.rows) {
            lines.add(String.join(separator, row.cells().stream().map(CorpusFiles::shown).toList()));
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String shown(Object value) {
        if (value instanceof Double number) {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
