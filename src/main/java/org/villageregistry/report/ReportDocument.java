package org.villageregistry.report;

import java.util.List;

/**
 * A printed document laid out as blocks, independent of PDF: the PDF renderer draws it, the CSV and .xlsx
 * exports take its tables. footerTitle repeats on every page beside "第 X 页 / 共 Y 页".
 */
public record ReportDocument(String title, boolean landscape, ReportHeader header, List<Block> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    public List<ReportTable> tables() {
        return blocks.stream().filter(ReportTable.class::isInstance).map(ReportTable.class::cast).toList();
    }

    /** One part of a document, drawn top to bottom. */
    public sealed interface Block permits Heading, Lines, ReportTable, BarChart, Pyramid, Signatures, QrCode {
    }

    /** A section heading. */
    public record Heading(String text) implements Block {
    }

    /** Lines of text, e.g. the division and period under the title; bold for emphasis. */
    public record Lines(List<String> lines, boolean bold) implements Block {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /** Grouped bars: one group per category, one bar per series (e.g. boys and girls born per month). */
    public record BarChart(String title, List<String> categories, List<String> series, List<List<Long>> values)
            implements Block {
        public BarChart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            values = values.stream().map(List::copyOf).toList();
        }
    }

    /** An age–sex pyramid: age groups from youngest to oldest, men to the left, women to the right. */
    public record Pyramid(String title, List<String> groups, List<Long> male, List<Long> female) implements Block {
        public Pyramid {
            groups = List.copyOf(groups);
            male = List.copyOf(male);
            female = List.copyOf(female);
        }
    }

    /** Signature lines (填表人, 审核人, 报出日期…) and, when stamp is set, a box for the official stamp. */
    public record Signatures(List<String> labels, boolean stamp, String stampLabel) implements Block {
        public Signatures {
            labels = List.copyOf(labels);
        }
    }

    /** A QR code with its caption; without content the caption says why there is none. */
    public record QrCode(java.util.Optional<String> content, List<String> caption) implements Block {
        public QrCode {
            caption = List.copyOf(caption);
        }
    }
}
