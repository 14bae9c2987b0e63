package org.villageregistry.service.ledger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ledgers write them: 2026-11-30, 2026/11/30, 2026年11月30日, 20261130, 1990.5.1, Excel day numbers
 * (serials, days since 1899-12-30) and dates formatted by Excel. 出生年月 columns may hold a month only.
 */
public final class LedgerDates {
    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(?:\\.\\d+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Excel counts a 29 February 1900 that never was; day numbers up to 60 start a day later. */
    private static final int EXCEL_LEAP_BUG_DAY = 60;

    private LedgerDates() {
    }

    /** A whole date, or a month when only year and month are written, or nothing when the text is no date. */
    public sealed interface Reading permits Day, Month, Unreadable {
    }

    public record Day(LocalDate date) implements Reading {
    }

    public record Month(YearMonth month) implements Reading {
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
        m = YM.matcher(text);
        if (m.matches()) {
            try {
                return new Month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                return new Unreadable(text);
            }
        }
        if (SERIAL.matcher(text).matches()) {
            return fromSerial((int) Math.floor(Double.parseDouble(text)));
        }
        return new Unreadable(text);
    }

    /** The day an Excel day number stands for. */
    public static Reading fromSerial(int serial) {
        if (serial < 1) {
            return new Unreadable(String.valueOf(serial));
        }
        return new Day(serial <= EXCEL_LEAP_BUG_DAY ? EXCEL_EPOCH.plusDays(serial + 1L) : EXCEL_EPOCH.plusDays(serial));
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
            return new Day(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return new Unreadable(text);
        }
    }
}
