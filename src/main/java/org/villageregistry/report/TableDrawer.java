package org.villageregistry.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.villageregistry.domain.benefit.Money;

/**
 * Draws a {@link ReportTable}: wrapped cells, the header row repeated at the top of every page the table runs onto,
 * and for payment rolls a subtotal row at the foot of each page.
 */
final class TableDrawer {
    private static final float PAD = 3f;
    private final PdfPages pages;
    private final float fontSize;
    private final float lineHeight;

    TableDrawer(PdfPages pages, float fontSize) {
        this.pages = pages;
        this.fontSize = fontSize;
        this.lineHeight = fontSize * 1.35f;
    }

    /**
     * keepWithLast: room the block after the table needs (a signature and stamp block), kept on the page of the
     * last row and the total, so the signatures never stand alone on a page of their own.
     */
    void draw(ReportTable table, float keepWithLast) {
        float[] widths = widths(table);
        List<String> header = table.headerTexts();
        float headerHeight = height(header, widths, pages.fonts.bold);
        float minRow = table.pageTotals().map(ReportTable.PageTotals::rowHeight).orElse(0f);
        float subtotalHeight = table.pageTotals().isPresent() ? lineHeight + 2 * PAD : 0f;
        float closing = table.totalRow().map(t -> height(t, widths, pages.fonts.bold)).orElse(0f) + 10 + keepWithLast;
        long pageSum = 0;
        int rowsOnPage = 0;
        startOnPage(header, widths, headerHeight, minRow + subtotalHeight);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            float h = Math.max(minRow, height(row, widths, pages.fonts.regular));
            float needed = h + subtotalHeight + (r == table.rows().size() - 1 ? closing : 0f);
            if (pages.roomLeft() < needed && rowsOnPage > 0) {
                if (table.pageTotals().isPresent()) {
                    subtotal(table, widths, pageSum);
                }
                pages.newPage();
                pageSum = 0;
                rowsOnPage = 0;
                startOnPage(header, widths, headerHeight, h + subtotalHeight);
            }
            row(row, widths, h, pages.fonts.regular, table, rowsOnPage % 2 == 1);
            rowsOnPage++;
            if (table.pageTotals().isPresent()) {
                pageSum += table.pageTotals().get().amounts().get(r);
            }
        }
        if (table.pageTotals().isPresent() && rowsOnPage > 0) {
            subtotal(table, widths, pageSum);
        }
        table.totalRow().ifPresent(total -> {
            float h = height(total, widths, pages.fonts.bold);
            if (pages.roomLeft() < h) {
                pages.newPage();
                startOnPage(header, widths, headerHeight, h);
            }
            row(total, widths, h, pages.fonts.bold, table, false);
        });
        pages.down(10);
    }

    private void startOnPage(List<String> header, float[] widths, float headerHeight, float firstRow) {
        pages.ensure(headerHeight + firstRow);
        pages.fill(pages.left(), pages.y() - headerHeight, sum(widths), headerHeight, PdfPages.SHADE);
        row(header, widths, headerHeight, pages.fonts.bold, null, false);
    }

    private void subtotal(ReportTable table, float[] widths, long fen) {
        ReportTable.PageTotals totals = table.pageTotals().orElseThrow();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            cells.add(i == totals.labelColumn() ? totals.label()
                    : i == totals.amountColumn() ? new Money(fen).format() : "");
        }
        row(cells, widths, lineHeight + 2 * PAD, pages.fonts.bold, table, false);
    }

    private void row(List<String> cells, float[] widths, float h, PDType0Font font, ReportTable table,
                     boolean shaded) {
        float top = pages.y();
        float x = pages.left();
        if (shaded) {
            pages.fill(x, top - h, sum(widths), h, new java.awt.Color(0xF8, 0xF9, 0xFB));
        }
        for (int c = 0; c < widths.length; c++) {
            pages.box(x, top - h, widths[c], h, 0.4f, PdfPages.LINE);
            List<String> lines = pages.wrap(cells.get(c), font, fontSize, widths[c] - 2 * PAD);
            float baseline = top - PAD - fontSize;
            boolean numeric = table != null && table.columns().get(c).numeric();
            for (String line : lines) {
                if (numeric) {
                    pages.rightAligned(line, x + widths[c] - PAD, baseline, font, fontSize);
                } else {
                    pages.text(line, x + PAD, baseline, font, fontSize);
                }
                baseline -= lineHeight;
            }
            x += widths[c];
        }
        pages.down(h);
    }

    private float height(List<String> cells, float[] widths, PDType0Font font) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, pages.wrap(cells.get(c), font, fontSize, widths[c] - 2 * PAD).size());
        }
        return lines * lineHeight + 2 * PAD - (lineHeight - fontSize) + 2;
    }

    private float[] widths(ReportTable table) {
        float total = (float) table.columns().stream().mapToDouble(ReportTable.Column::weight).sum();
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = pages.width() * table.columns().get(i).weight() / total;
        }
        return widths;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
