package org.villageregistry.service.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ledgers write them: 2026-11-30, 2026/11/30, 2026年11月30日, 20261130, 1990.5.1 and Excel date cells
 * are whole dates. 198503, 1985.3 and 1985年3月 are a month, 2019 a year; a number of up to five digits (20210)
 * may be a day number of a cell that lost its date format, or a typing slip: none of these is a whole date, so
 * the caller takes it only when the person's ID number gives a date that agrees ({@link #agrees}).
 */
public final class LedgerDates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT_YM = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Excel counts a 29 February 1900 that never was; day numbers up to 60 start a day later. */
    private static final int EXCEL_LEAP_BUG_DAY = 60;
    private static final int FIRST_YEAR = 1850;
    private static final int LAST_YEAR = 2150;

    private LedgerDates() {
    }

    /** A whole date, a part of one (month, year, a possible day number), or nothing when the text is no date. */
    public sealed interface Reading permits Day, Month, YearOnly, DayNumber, Unreadable {
    }

    public record Day(LocalDate date) implements Reading {
    }

    public record Month(YearMonth month) implements Reading {
    }

    public record YearOnly(Year year) implements Reading {
    }

    /** A plain number that Excel would show as {@code date} if the cell had a date format. */
    public record DayNumber(int serial, LocalDate date) implements Reading {
    }

    public record Unreadable(String text) implements Reading {
    }

    public static Reading read(SheetCell cell) {
        String text = LedgerText.halfWidth(cell.text()).strip();
        if (cell.kind() == SheetCell.Kind.DATE) {
            return new Day(LocalDate.parse(text));
        }
        Matcher m = YMD.matcher(text);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3), text);
        }
        m = COMPACT.matcher(text);
        if (m.matches()) {
            return day(m.group(1), m.group(2), m.group(3), text);
        }
        m = COMPACT_YM.matcher(text);
        if (!m.matches()) {
            m = YM.matcher(text);
        }
        if (m.matches()) {
            return month(m.group(1), m.group(2), text);
        }
        m = YEAR.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return plausible(year) ? new YearOnly(Year.of(year)) : new Unreadable(text);
        }
        if (SERIAL.matcher(text).matches()) {
            int serial = (int) Math.floor(Double.parseDouble(text));
            return fromSerial(serial).<Reading>map(d -> new DayNumber(serial, d)).orElse(new Unreadable(text));
        }
        return new Unreadable(text);
    }

    /** Whether a date that is not whole is the given day: same month, same year, or same day number. */
    public static boolean agrees(Reading reading, LocalDate day) {
        if (reading instanceof Day d) {
            return d.date().equals(day);
        }
        if (reading instanceof Month m) {
            return m.month().equals(YearMonth.from(day));
        }
        if (reading instanceof YearOnly y) {
            return y.year().getValue() == day.getYear();
        }
        return reading instanceof DayNumber n && n.date().equals(day);
    }

    /** The day an Excel day number stands for. */
    public static Optional<LocalDate> fromSerial(int serial) {
        if (serial < 1) {
            return Optional.empty();
        }
        return Optional.of(serial <= EXCEL_LEAP_BUG_DAY ? EXCEL_EPOCH.plusDays(serial + 1L)
                : EXCEL_EPOCH.plusDays(serial));
    }

    /** The Excel day number of a date (for writing sample ledgers the way Excel stores them). */
    public static int toSerial(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(EXCEL_EPOCH, date);
    }

    public static Optional<LocalDate> day(Reading reading) {
        return reading instanceof Day d ? Optional.of(d.date()) : Optional.empty();
    }

    private static Reading day(String y, String m, String d, String text) {
        try {
            int year = Integer.parseInt(y);
            return plausible(year) ? new Day(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)))
                    : new Unreadable(text);
        } catch (DateTimeException e) {
            return new Unreadable(text);
        }
    }

    private static Reading month(String y, String m, String text) {
        try {
            int year = Integer.parseInt(y);
            return plausible(year) ? new Month(YearMonth.of(year, Integer.parseInt(m))) : new Unreadable(text);
        } catch (DateTimeException e) {
            return new Unreadable(text);
        }
    }

    private static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
