package org.villageregistry.ui.events.form;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as a registrar types them: 2026-11-30, 2026/11/30, 2026.11.30 or 20261130; a time of birth may follow
 * as 08:15, 0815 or 8:15 (20261130 0815, 202611300815, 2026-11-30 08:15). Blank text is no date.
 */
public final class DateText {
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})");
    private static final Pattern DATE_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):?(\\d{2})");

    private DateText() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The date typed, or empty when the text is blank or not a real calendar date. */
    public static Optional<LocalDate> date(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = DATE_COMPACT.matcher(t);
        if (!m.matches()) {
            m = DATE.matcher(t);
            if (!m.matches() || t.matches("\\d+") && t.length() != 8) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A date with an optional time of day (midnight when none is typed). */
    public static Optional<LocalDateTime> dateTime(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip().replace('T', ' ');
        String datePart;
        String timePart;
        int space = t.indexOf(' ');
        if (space > 0) {
            datePart = t.substring(0, space);
            timePart = t.substring(space + 1).strip();
        } else if (t.matches("\\d{12}")) {
            datePart = t.substring(0, 8);
            timePart = t.substring(8);
        } else {
            datePart = t;
            timePart = "";
        }
        Optional<LocalDate> date = date(datePart);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        if (timePart.isEmpty()) {
            return Optional.of(date.get().atStartOfDay());
        }
        Matcher m = TIME.matcher(timePart);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(date.get().atTime(LocalTime.of(Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A whole number typed in a field (weight, weeks), or empty when blank or not a number. */
    public static Optional<Integer> number(String text) {
        if (isBlank(text) || !text.strip().matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.strip()));
    }
}
