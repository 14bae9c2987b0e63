package org.villageregistry.report;

import java.util.List;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.service.BundleArrivals.Arrival;
import org.villageregistry.service.StatisticsReport;

/** The township's monthly report: one row per village and the total, and what is known of each village's bundle. */
public record TownshipMonthlyReport(ReportHeader header, Period month, StatisticsReport statistics,
                                    List<VillageStatus> villages, List<String> signedVillages) {
    public TownshipMonthlyReport {
        villages = List.copyOf(villages);
        signedVillages = List.copyOf(signedVillages);
    }

    /** A village's bundle state for the month and how many of its events for the month the register holds. */
    public record VillageStatus(String code, String name, Arrival bundle, long eventsInMonth) {
    }
}
