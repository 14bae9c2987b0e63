package org.villageregistry.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportTable.Column;

/**
 * A document's tables as an .xlsx a finance clerk can work with: one sheet per table, typed cells (see
 * {@link TypedCell}), a totals row whose sums are formulas, printed on A4 with the header row on every page,
 * the header frozen on screen and columns as wide as what they hold.
 */
final class XlsxTables {
    private static final String TEXT = "@";
    private static final String AMOUNT = "\"¥\"#,##0.00;\"-¥\"#,##0.00";
    private static final String DATE = "yyyy-mm-dd";

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Font bold = book.createFont();

    private XlsxTables() {
        bold.setBold(true);
    }

    static byte[] write(ReportDocument document) {
        XlsxTables tables = new XlsxTables();
        try (XSSFWorkbook book = tables.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int n = 0;
            for (ReportTable t : document.tables()) {
                tables.sheet(document, CompositeCells.split(t), ++n);
            }
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the .xlsx file", e);
        }
    }

    private void sheet(ReportDocument document, ReportTable t, int n) {
        Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(n + " " + t.name()));
        // whose figures these are, as on the printed page: the title, 填报单位 and 统计期, then a blank row
        List<String> lead = leadingLines(document);
        for (int i = 0; i < lead.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lead.get(i));
            cell.setCellStyle(leading(i == 0));
        }
        int top = lead.isEmpty() ? 0 : lead.size() + 1;
        Row header = sheet.createRow(top);
        for (int c = 0; c < t.columns().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(t.columns().get(c).title());
            cell.setCellStyle(style(TEXT, true));
        }
        int r = top + 1;
        for (List<String> row : t.rows()) {
            values(sheet.createRow(r++), t, row, false);
        }
        if (t.totalRow().isPresent()) {
            Row total = sheet.createRow(r);
            values(total, t, t.totalRow().get(), true);
            sums(total, t, top + 2);
        }
        for (int c = 0; c < t.columns().size(); c++) {
            sheet.setColumnWidth(c, width(t, c) * 256);
        }
        sheet.createFreezePane(0, top + 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((top + 1) + ":" + (top + 1)));
        page(sheet, document, t);
    }

    /**
     * The lines above each sheet's table: the document's title and the lines under it on the page (填报单位, 统计期),
     * or the division alone when the page starts otherwise; none for a document without a header.
     */
    static List<String> leadingLines(ReportDocument document) {
        if (document.header() == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>(List.of(document.title()));
        if (!document.blocks().isEmpty() && document.blocks().get(0) instanceof ReportDocument.Lines first) {
            lines.addAll(first.lines());
        } else {
            lines.add(Messages.get("report.header.division", document.header().divisionName(),
                    document.header().divisionCode()));
        }
        return lines;
    }

    private CellStyle leading(boolean title) {
        return styles.computeIfAbsent("lead" + title, k -> {
            CellStyle s = book.createCellStyle();
            s.setDataFormat(book.createDataFormat().getFormat(TEXT));
            if (title) {
                s.setFont(bold);
            }
            return s;
        });
    }

    private void values(Row row, ReportTable t, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            TypedCell typed = TypedCell.of(t.columns().get(c), cells.get(c));
            Cell cell = row.createCell(c);
            switch (typed.type()) {
                case TEXT -> cell.setCellValue(cells.get(c) == null ? "" : cells.get(c));
                case DATE -> cell.setCellValue(typed.date());
                default -> cell.setCellValue(typed.number().doubleValue());
            }
            cell.setCellStyle(style(format(typed), bold));
        }
    }

    /**
     * A total that is the sum of the rows above becomes =SUM(…), so it follows when a clerk corrects a row. A rate's
     * total is worked out from the total's counts, never added up from the rows' rates, so it stays the printed value.
     */
    private void sums(Row total, ReportTable t, int firstRow) {
        int last = t.rows().size();
        for (int c = 0; c < t.columns().size(); c++) {
            TypedCell printed = TypedCell.of(t.columns().get(c), t.totalRow().get().get(c));
            if (!printed.isNumber() || last == 0 || isRate(printed)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean all = true;
            for (List<String> row : t.rows()) {
                TypedCell cell = TypedCell.of(t.columns().get(c), row.get(c));
                all &= cell.isNumber() && cell.type() == printed.type();
                sum = cell.isNumber() ? sum.add(cell.number()) : sum;
            }
            if (all && sum.compareTo(printed.number()) == 0) {
                String column = CellReference.convertNumToColString(c);
                total.getCell(c).setCellFormula("SUM(" + column + firstRow + ":" + column + (firstRow + last - 1)
                        + ")");
            }
        }
    }

    private static boolean isRate(TypedCell cell) {
        return cell.type() == TypedCell.Type.PERCENT || cell.type() == TypedCell.Type.PER_MILLE;
    }

    private static String format(TypedCell cell) {
        String decimals = cell.decimals() == 0 ? "" : "." + "0".repeat(cell.decimals());
        return switch (cell.type()) {
            case TEXT -> TEXT;
            case DATE -> DATE;
            case AMOUNT -> AMOUNT;
            case COUNT -> "0";
            case DECIMAL -> "0" + decimals;
            case PERCENT -> "0" + decimals + "%" + (cell.basis().isEmpty() ? "" : "\"" + cell.basis() + "\"");
            case PER_MILLE -> "0" + decimals + "\"‰\"";
        };
    }

    private CellStyle style(String format, boolean bold) {
        return styles.computeIfAbsent(format + bold, k -> {
            CellStyle s = book.createCellStyle();
            s.setDataFormat(book.createDataFormat().getFormat(format));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(TEXT.equals(format));
            if (!TEXT.equals(format)) {
                s.setAlignment(HorizontalAlignment.RIGHT);
            }
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            if (bold) {
                s.setFont(this.bold);
            }
            return s;
        });
    }

    /** Characters wide: a Chinese character takes two; at least 6, at most 50 (longer text wraps). */
    private static int width(ReportTable t, int c) {
        int widest = displayWidth(t.columns().get(c).title());
        for (List<String> row : t.rows()) {
            widest = Math.max(widest, displayWidth(row.get(c)));
        }
        if (t.totalRow().isPresent()) {
            widest = Math.max(widest, displayWidth(t.totalRow().get().get(c)));
        }
        return Math.min(50, Math.max(6, widest + 2));
    }

    static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        return text.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
    }

    private static void page(Sheet sheet, ReportDocument document, ReportTable t) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(document.landscape() || t.columns().size() > 7);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getHeader().setCenter((document.header() == null ? "" : document.header().divisionName() + " ")
                + document.title() + " " + t.name());
        sheet.getFooter().setCenter(Messages.get("report.xlsx.footer", "&P", "&N"));
    }
}
