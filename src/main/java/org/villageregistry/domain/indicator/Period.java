package org.villageregistry.domain.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.villageregistry.domain.text.RegistryException;

/**
 * A reporting period: a month ("2026-11"), a quarter ("2026-Q4"), a year ("2026") or a statistics year
 * (10-01 to 09-30, named by the year it ends in). from and to are inclusive.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public enum Kind { MONTH, QUARTER, YEAR, STATISTICS_YEAR }

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    /**
     * Reads "2026-11", "2026-Q4" or "2026", and the same written the Chinese way ("2026年11月", "2026年第4季度",
     * "2026年"); anything else is refused with a message saying what is expected (quoting what was typed).
     */
    public static Period parse(String text) {
        String typed = text == null ? "" : text.strip();
        String t = typed.replaceFirst("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月$", "$1-$2")
                .replaceFirst("^(\\d{4})\\s*年\\s*第?\\s*([1-4一二三四])\\s*季度?$", "$1-Q$2")
                .replaceFirst("^(\\d{4})\\s*年(度)?$", "$1")
                .replace("Q一", "Q1").replace("Q二", "Q2").replace("Q三", "Q3").replace("Q四", "Q4");
        Matcher m = MONTH.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (YEAR.matcher(t).matches()) {
            return year(Integer.parseInt(t));
        }
        throw new RegistryException("rule.period.format", typed);
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1-4");
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The statistics year (10-01 to 09-30) that contains a day. */
    public static Period statisticsYearContaining(LocalDate day) {
        int endYear = day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
        return new Period(Kind.STATISTICS_YEAR, LocalDate.of(endYear - 1, 10, 1), LocalDate.of(endYear, 9, 30));
    }

    /** From the start of the statistics year that holds this period's last day, to that day ("year to date"). */
    public Period statisticsYearToDate() {
        return new Period(Kind.STATISTICS_YEAR, statisticsYearContaining(to).from(), to);
    }

    /** The same period one year earlier (the "same month last year" column). */
    public Period sameLastYear() {
        return new Period(kind, from.minusYears(1), YearMonth.from(to.minusYears(1)).atEndOfMonth());
    }

    /** Whole calendar months covered (a period here always runs from a first to a last day of a month). */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The text form: 2026-11, 2026-Q4, 2026, or 2025-10-01~2026-09-30 for a statistics year. */
    public String text() {
        return switch (kind) {
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + (from.getMonthValue() + 2) / 3;
            case YEAR -> String.valueOf(from.getYear());
            case STATISTICS_YEAR -> from + "~" + to;
        };
    }

    @Override
    public String toString() {
        return text();
    }
}
