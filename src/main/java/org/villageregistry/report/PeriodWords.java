package org.villageregistry.report;

import java.util.Locale;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;

/**
 * The words a report uses for its period: a month's report is a 月报 with 本月 and 上年同月 columns, a quarter's a
 * 季报 (本季度, 上年同季度), a year's a 年报 (本年, 上年).
 */
public final class PeriodWords {
    private PeriodWords() {
    }

    /** 月报, 季报 or 年报. */
    public static String report(Period period) {
        return Messages.get("report.period.report." + period.kind().name());
    }

    /** 本月, 本季度, 本年. */
    public static String current(Period period) {
        return Messages.get("report.period.this." + period.kind().name());
    }

    /** 上年同月, 上年同季度, 上年. */
    public static String sameLastYear(Period period) {
        return Messages.get("report.period.sameLastYear." + period.kind().name());
    }

    /** The column of the period itself: "本月（2026-11）", "This month (2026-11)". */
    static String currentColumn(Period period) {
        return Messages.get("report.col.thisPeriod", capitalised(current(period)), period.text());
    }

    /** The column of the same period a year earlier: "上年同月（2025-11）". */
    static String sameLastYearColumn(Period period, Period lastYear) {
        return Messages.get("report.col.sameLastYear", capitalised(sameLastYear(period)), lastYear.text());
    }

    /**
     * Said under a report's header when its period is not over on the day it is made: a period not begun has no
     * figures of its own, one under way only what is known so far.
     */
    static java.util.Optional<String> notOver(Period period, java.time.LocalDate today) {
        if (today.isBefore(period.from())) {
            return java.util.Optional.of(Messages.get("report.periodFuture", period.text(), period.from().toString()));
        }
        if (!today.isAfter(period.to())) {
            return java.util.Optional.of(Messages.get("report.periodUnderWay", period.text(), period.to().toString(),
                    today.toString()));
        }
        return java.util.Optional.empty();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
