package org.villageregistry.service;

import java.util.List;
import org.villageregistry.domain.indicator.Period;

/**
 * The statistics of a workstation's division for a period: for a township one row per village and the total,
 * for a village only the total (its own figures).
 */
public record StatisticsReport(Period period, String divisionCode, String divisionName,
                               List<DivisionStatistics> villages, DivisionStatistics total) {
    public StatisticsReport {
        villages = List.copyOf(villages);
    }
}
