package org.villageregistry.domain.text;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the registrar writes it, 2026-11-30: when the writing is right but the day is not in the calendar
 * (2026-02-30), saying "格式不对" sends the registrar looking for a typo that is not there.
 */
public final class WrittenDate {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private WrittenDate() {
    }

    /**
     * Why a text written like a date is no day of the calendar ("2026 年 2 月只有 28 天"); empty when it is a day, or
     * when it is not written like a date at all (that is a wrong format).
     */
    public static Optional<String> whyNoSuchDay(String text) {
        Matcher m = SHAPE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        if (month == 0) {
            return Optional.of(Messages.get("date.monthZero"));
        }
        if (month > 12) {
            return Optional.of(Messages.get("date.noSuchMonth"));
        }
        if (Integer.parseInt(m.group(3)) == 0) {
            return Optional.of(Messages.get("date.dayZero"));
        }
        try {
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(m.group(1)), month);
            int day = Integer.parseInt(m.group(3));
            return day >= 1 && day <= yearMonth.lengthOfMonth() ? Optional.empty()
                    : Optional.of(Messages.get("date.noSuchDay", m.group(1), String.valueOf(month),
                    String.valueOf(yearMonth.lengthOfMonth())));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }
}
