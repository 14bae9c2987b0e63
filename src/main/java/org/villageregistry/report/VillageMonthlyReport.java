package org.villageregistry.report;

import java.util.List;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.service.DivisionStatistics;

/**
 * 村人口信息月报: the month's indicators beside the statistics year to date and the same month last year, the
 * month's births, deaths, marriages and moves, births per month over the last 12 months, and the age–sex pyramid.
 * {@code thisMonthSigned}: the month is approved and its column holds the figures as signed (the rest is the
 * register now).
 */
public record VillageMonthlyReport(ReportHeader header, Period month, Period yearToDate, Period sameMonthLastYear,
                                   DivisionStatistics thisMonth, DivisionStatistics toDate,
                                   DivisionStatistics lastYear, List<EventLine> births, List<EventLine> deaths,
                                   List<EventLine> marriages, List<EventLine> moves,
                                   List<MonthBirths> birthsByMonth, AgePyramid pyramid, boolean thisMonthSigned) {
    public VillageMonthlyReport {
        births = List.copyOf(births);
        deaths = List.copyOf(deaths);
        marriages = List.copyOf(marriages);
        moves = List.copyOf(moves);
        birthsByMonth = List.copyOf(birthsByMonth);
    }
}
