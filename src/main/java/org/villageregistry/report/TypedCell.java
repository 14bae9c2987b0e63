package org.villageregistry.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.villageregistry.report.ReportTable.Column;

/**
 * A printed cell read back as the value a spreadsheet should hold: ¥2,100.00 is the amount 2100.00, 88.5% the
 * share 0.885, 12.34‰ the rate 12.34 in per mille, 17 the count 17, 2026-11-30 a date. Whatever is not one of
 * those ("—", "3 / 2", a name) stays text, as printed. A rate printed with its counts, "87.5% (7/8)*", is the share
 * 0.875 with its basis " (7/8)*" kept for the cell's number format, so the sheet shows what the page shows.
 */
record TypedCell(Type type, BigDecimal number, LocalDate date, int decimals, String basis) {
    enum Type { TEXT, COUNT, AMOUNT, PERCENT, PER_MILLE, DECIMAL, DATE }

    private static final Pattern AMOUNT = Pattern.compile("(-?)¥(-?)(\\d{1,3}(,\\d{3})*|\\d+)(\\.\\d+)?");
    /** A count, decimal, share or rate; a difference is printed with its sign (+1, -1). */
    private static final Pattern NUMBER = Pattern.compile("([-+]?\\d{1,15})(\\.(\\d{1,6}))?([%‰]?)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** "87.5% (7/8)", marked "*" on small numbers. */
    private static final Pattern RATE = Pattern.compile("(\\d{1,3}(\\.\\d{1,6})?%)( \\(\\d+/\\d+\\)\\*?)");

    TypedCell(Type type, BigDecimal number, LocalDate date, int decimals) {
        this(type, number, date, decimals, "");
    }

    static TypedCell of(Column column, String printed) {
        String v = printed == null ? "" : printed.strip();
        return switch (column.kind()) {
            case TEXT -> text();
            case DATE -> date(v).orElse(text());
            case NUMBER -> number(v).orElse(text());
        };
    }

    static TypedCell text() {
        return new TypedCell(Type.TEXT, null, null, 0);
    }

    boolean isNumber() {
        return number != null;
    }

    private static Optional<TypedCell> date(String v) {
        if (!DATE.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TypedCell(Type.DATE, null, LocalDate.parse(v), 0));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<TypedCell> number(String v) {
        Matcher amount = AMOUNT.matcher(v);
        if (amount.matches()) {
            String digits = amount.group(3).replace(",", "") + (amount.group(5) == null ? "" : amount.group(5));
            BigDecimal value = new BigDecimal(digits);
            boolean negative = !amount.group(1).isEmpty() || !amount.group(2).isEmpty();
            return Optional.of(new TypedCell(Type.AMOUNT, negative ? value.negate() : value, null, 2));
        }
        Matcher rate = RATE.matcher(v);
        if (rate.matches()) {
            return number(rate.group(1)).map(share -> new TypedCell(share.type(), share.number(), null,
                    share.decimals(), rate.group(3)));
        }
        Matcher n = NUMBER.matcher(v);
        if (!n.matches()) {
            return Optional.empty();
        }
        int decimals = n.group(3) == null ? 0 : n.group(3).length();
        BigDecimal value = new BigDecimal(n.group(1) + (n.group(2) == null ? "" : n.group(2)));
        return Optional.of(switch (n.group(4)) {
            case "%" -> new TypedCell(Type.PERCENT, value.movePointLeft(2), null, decimals);
            case "‰" -> new TypedCell(Type.PER_MILLE, value, null, decimals);
            default -> new TypedCell(decimals == 0 ? Type.COUNT : Type.DECIMAL, value, null, decimals);
        });
    }
}
