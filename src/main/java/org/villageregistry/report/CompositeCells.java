package org.villageregistry.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.villageregistry.report.ReportTable.Column;

/**
 * For a spreadsheet, the report's combined figures apart: a page prints "出生（男 / 女）" as "3 / 2" and "育儿补贴
 * （人数 / 发放金额）" as "2 / ¥400.00", which a spreadsheet could only keep as text. A row of such figures (a
 * report whose rows are its indicators) becomes one row per part, "出生（男）" and "出生（女）"; a column of them (a
 * report whose rows are villages) one column per part. Each part is then a number the clerk can add up. A row or
 * column is split only when its label names the parts and every cell holds that many numbers (or "—"); anything
 * else stays as printed.
 */
final class CompositeCells {
    private static final String SEPARATOR = " / ";
    private static final Pattern NAMED_PARTS = Pattern.compile("(.*)（([^（）]+)）(.*)");
    private static final String NONE = "—";

    private CompositeCells() {
    }

    static ReportTable split(ReportTable table) {
        return splitColumns(splitRows(table));
    }

    /** "出生（男 / 女）" → [出生（男）, 出生（女）]; "一孩 / 二孩 / 三孩及以上" → its three; else empty. */
    static Optional<List<String>> parts(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = NAMED_PARTS.matcher(label);
        if (m.matches() && m.group(2).contains(SEPARATOR)) {
            List<String> out = new ArrayList<>();
            for (String part : m.group(2).split(SEPARATOR)) {
                out.add(m.group(1) + "（" + part.strip() + "）" + m.group(3));
            }
            return Optional.of(out);
        }
        if (label.contains(SEPARATOR) && !label.contains("（")) {
            return Optional.of(List.of(label.split(SEPARATOR)).stream().map(String::strip).toList());
        }
        return Optional.empty();
    }

    /** The cell's parts when it holds {@code n} numbers of the column's kind; "—" gives n times "—". */
    private static Optional<List<String>> cell(Column column, String printed, int n) {
        String v = printed == null ? "" : printed.strip();
        if (v.isEmpty() || v.equals(NONE)) {
            return Optional.of(java.util.Collections.nCopies(n, v));
        }
        String[] parts = v.split(SEPARATOR);
        if (parts.length != n) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!TypedCell.of(column, part.strip()).isNumber()) {
                return Optional.empty();
            }
        }
        return Optional.of(List.of(parts).stream().map(String::strip).toList());
    }

    private static ReportTable splitRows(ReportTable t) {
        if (t.columns().isEmpty() || t.columns().get(0).numeric() || t.pageTotals().isPresent()) {
            return t;
        }
        List<List<String>> rows = new ArrayList<>();
        boolean changed = false;
        for (List<String> row : t.rows()) {
            Optional<List<List<String>>> split = splitRow(t.columns(), row);
            changed |= split.isPresent();
            rows.addAll(split.orElse(List.of(row)));
        }
        return changed ? new ReportTable(t.name(), t.columns(), rows, t.totalRow(), t.pageTotals()) : t;
    }

    private static Optional<List<List<String>>> splitRow(List<Column> columns, List<String> row) {
        Optional<List<String>> labels = parts(row.get(0));
        if (labels.isEmpty() || !columns.subList(1, columns.size()).stream().allMatch(Column::numeric)) {
            return Optional.empty();
        }
        int n = labels.get().size();
        List<List<String>> cells = new ArrayList<>();
        for (int c = 1; c < row.size(); c++) {
            Optional<List<String>> parts = cell(columns.get(c), row.get(c), n);
            if (parts.isEmpty()) {
                return Optional.empty();
            }
            cells.add(parts.get());
        }
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            List<String> line = new ArrayList<>(List.of(labels.get().get(k)));
            for (List<String> c : cells) {
                line.add(c.get(k));
            }
            out.add(line);
        }
        return Optional.of(out);
    }

    private static ReportTable splitColumns(ReportTable t) {
        List<Column> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(new ArrayList<>()));
        List<String> total = t.totalRow().map(r -> (List<String>) new ArrayList<String>()).orElse(null);
        boolean changed = false;
        for (int c = 0; c < t.columns().size(); c++) {
            Column column = t.columns().get(c);
            Optional<List<String>> titles = column.numeric() && t.pageTotals().isEmpty()
                    ? parts(column.title()) : Optional.empty();
            List<List<String>> split = titles.isEmpty() ? null : splitColumn(t, c, titles.get().size());
            if (split == null) {
                columns.add(column);
                for (int r = 0; r < rows.size(); r++) {
                    rows.get(r).add(t.rows().get(r).get(c));
                }
                if (total != null) {
                    total.add(t.totalRow().get().get(c));
                }
                continue;
            }
            changed = true;
            int n = titles.get().size();
            for (String title : titles.get()) {
                columns.add(new Column(title, column.weight() / n, column.kind()));
            }
            for (int r = 0; r < rows.size(); r++) {
                rows.get(r).addAll(split.get(r));
            }
            if (total != null) {
                total.addAll(split.get(rows.size()));
            }
        }
        return changed ? new ReportTable(t.name(), columns, rows, Optional.ofNullable(total), t.pageTotals()) : t;
    }

    /** Each row's parts of column c (the total row's last), or null when one of them does not split. */
    private static List<List<String>> splitColumn(ReportTable t, int c, int n) {
        List<List<String>> out = new ArrayList<>();
        Column column = t.columns().get(c);
        for (List<String> row : t.rows()) {
            Optional<List<String>> parts = cell(column, row.get(c), n);
            if (parts.isEmpty()) {
                return null;
            }
            out.add(parts.get());
        }
        if (t.totalRow().isPresent()) {
            Optional<List<String>> parts = cell(column, t.totalRow().get().get(c), n);
            if (parts.isEmpty()) {
                return null;
            }
            out.add(parts.get());
        }
        return out;
    }
}
