package org.villageregistry.report;

import java.awt.Color;
import java.util.List;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportDocument.BarChart;
import org.villageregistry.report.ReportDocument.Pyramid;

/** Charts drawn as vector paths (bars, axes, labels), so they print sharp at any size. */
final class ChartDrawer {
    static final Color MALE = new Color(0x3B, 0x6E, 0xA8);
    static final Color FEMALE = new Color(0xD0, 0x6A, 0x6A);
    private static final Color GRID = new Color(0xCC, 0xCC, 0xCC);
    private static final float LABEL = 7f;
    private final PdfPages pages;

    ChartDrawer(PdfPages pages) {
        this.pages = pages;
    }

    void bars(BarChart chart) {
        float height = 170;
        pages.ensure(height + 30);
        title(chart.title());
        float plotLeft = pages.left() + 28;
        float plotWidth = pages.width() - 28;
        float plotBottom = pages.y() - height + 24;
        float plotHeight = height - 40;
        long max = Math.max(1, chart.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max()
                .orElse(1));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        for (long v = 0; v <= top; v += step) {
            float gy = plotBottom + plotHeight * v / top;
            pages.line(plotLeft, gy, plotLeft + plotWidth, gy, 0.3f, GRID);
            pages.rightAligned(String.valueOf(v), plotLeft - 3, gy - 2.5f, pages.fonts.regular, LABEL);
        }
        int groups = chart.categories().size();
        int series = chart.series().size();
        float groupWidth = plotWidth / Math.max(1, groups);
        float barWidth = groupWidth * 0.7f / Math.max(1, series);
        for (int g = 0; g < groups; g++) {
            float gx = plotLeft + g * groupWidth + groupWidth * 0.15f;
            for (int s = 0; s < series; s++) {
                long v = chart.values().get(s).get(g);
                float h = plotHeight * v / top;
                pages.fill(gx + s * barWidth, plotBottom, barWidth - 1, h, s == 0 ? MALE : FEMALE);
                if (v > 0) {
                    pages.centred(String.valueOf(v), gx + s * barWidth + barWidth / 2, plotBottom + h + 2,
                            pages.fonts.regular, 6f);
                }
            }
            pages.centred(chart.categories().get(g), plotLeft + g * groupWidth + groupWidth / 2, plotBottom - 10,
                    pages.fonts.regular, LABEL);
        }
        pages.line(plotLeft, plotBottom, plotLeft + plotWidth, plotBottom, 0.6f, PdfPages.LINE);
        legend(chart.series(), plotLeft, plotBottom - 22);
        pages.down(height + 6);
    }

    void pyramid(Pyramid p) {
        int groups = p.groups().size();
        float rowH = 11f;
        float height = groups * rowH + 40;
        pages.ensure(height + 20);
        title(p.title());
        float centre = pages.left() + pages.width() / 2;
        float labelHalf = 22f;
        float half = pages.width() / 2 - labelHalf - 30;
        long max = Math.max(1, Math.max(p.male().stream().mapToLong(Long::longValue).max().orElse(1),
                p.female().stream().mapToLong(Long::longValue).max().orElse(1)));
        float bottom = pages.y() - groups * rowH;
        for (int i = 0; i < groups; i++) {
            float rowBottom = bottom + i * rowH;
            float mw = half * p.male().get(i) / max;
            float fw = half * p.female().get(i) / max;
            pages.fill(centre - labelHalf - mw, rowBottom + 1, mw, rowH - 2, MALE);
            pages.fill(centre + labelHalf, rowBottom + 1, fw, rowH - 2, FEMALE);
            pages.centred(p.groups().get(i), centre, rowBottom + 3, pages.fonts.regular, LABEL);
            pages.rightAligned(String.valueOf(p.male().get(i)), centre - labelHalf - mw - 2, rowBottom + 3,
                    pages.fonts.regular, 6.5f);
            pages.text(String.valueOf(p.female().get(i)), centre + labelHalf + fw + 2, rowBottom + 3,
                    pages.fonts.regular, 6.5f);
        }
        pages.line(centre - labelHalf, bottom, centre - labelHalf, bottom + groups * rowH, 0.5f, PdfPages.LINE);
        pages.line(centre + labelHalf, bottom, centre + labelHalf, bottom + groups * rowH, 0.5f, PdfPages.LINE);
        pages.down(groups * rowH + 6);
        legend(List.of(Messages.get("report.chart.male"), Messages.get("report.chart.female")), centre - 60,
                pages.y() - 8);
        pages.down(22);
    }

    private void title(String text) {
        pages.text(text, pages.left(), pages.y() - 10, pages.fonts.bold, 9.5f);
        pages.down(18);
    }

    private void legend(List<String> series, float x, float baseline) {
        float lx = x;
        for (int s = 0; s < series.size(); s++) {
            pages.fill(lx, baseline - 1, 8, 8, s == 0 ? MALE : FEMALE);
            pages.text(series.get(s), lx + 11, baseline, pages.fonts.regular, LABEL);
            lx += 60;
        }
    }

    /** A step of 1, 2 or 5 × 10ⁿ that gives at most five grid lines. */
    static long niceStep(long max) {
        long magnitude = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (max / (m * magnitude) <= 5) {
                    return m * magnitude;
                }
            }
            magnitude *= 10;
        }
    }
}
