package org.villageregistry.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every table of a document as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese, one
 * table after another under its name) or as .xlsx (one sheet per table).
 */
public final class TableExport {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] csv(ReportDocument document) {
        StringBuilder out = new StringBuilder();
        List<ReportTable> tables = document.tables();
        for (ReportTable t : tables) {
            if (tables.size() > 1) {
                out.append(cell(t.name())).append("\r\n");
            }
            line(out, t.headerTexts());
            t.rows().forEach(r -> line(out, r));
            t.totalRow().ifPresent(r -> line(out, r));
            if (tables.size() > 1) {
                out.append("\r\n");
            }
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        return v.matches(".*[,\"\r\n].*") || v.startsWith(" ") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    public byte[] xlsx(ReportDocument document) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int n = 0;
            for (ReportTable t : document.tables()) {
                n++;
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(n + " " + t.name()));
                int r = 0;
                write(sheet.createRow(r++), t.headerTexts(), bold);
                for (List<String> row : t.rows()) {
                    write(sheet.createRow(r++), row, null);
                }
                if (t.totalRow().isPresent()) {
                    write(sheet.createRow(r), t.totalRow().get(), bold);
                }
                for (int c = 0; c < t.columns().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(8, (int) (t.columns().get(c).weight() * 8))) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the .xlsx file", e);
        }
    }

    /** Whole numbers go in as numbers so a spreadsheet can sum them; everything else as text, exactly as printed. */
    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = row.createCell(c);
            String v = cells.get(c);
            if (v != null && v.matches("-?\\d{1,15}")) {
                cell.setCellValue(Long.parseLong(v));
            } else {
                cell.setCellValue(v == null ? "" : v);
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
