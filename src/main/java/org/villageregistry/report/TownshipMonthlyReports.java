package org.villageregistry.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;
import org.villageregistry.service.StatisticsService;

/** Builds the township monthly report from the statistics service and the bundle arrivals the sync module knows. */
final class TownshipMonthlyReports {
    private final Register register;
    private final BundleArrivals arrivals;

    TownshipMonthlyReports(Register register, BundleArrivals arrivals) {
        this.register = register;
        this.arrivals = arrivals;
    }

    TownshipMonthlyReport build(ReportHeader header, Period month, CancelCheck cancel) {
        StatisticsReport computed = new StatisticsService(register).compute(month);
        // approved villages print the figures they signed
        StatisticsReport statistics = register.transactions().read(() ->
                new org.villageregistry.service.signoff.LockedMonths(register).withSignedVillages(computed));
        cancel.throwIfCancelled();
        Map<String, Long> events = register.transactions().read(() -> eventsByVillage(month));
        List<TownshipMonthlyReport.VillageStatus> villages = statistics.villages().stream()
                .map(DivisionStatistics::divisionCode)
                .map(code -> new TownshipMonthlyReport.VillageStatus(code, name(statistics, code),
                        arrivals.arrival(code, month), events.getOrDefault(code, 0L)))
                .toList();
        // the villages whose rows are as they signed them (approved months), named under the tables
        List<String> signed = register.transactions().read(() -> {
            var locked = new org.villageregistry.service.signoff.LockedMonths(register);
            return computed.villages().stream().filter(v -> locked.signed(v.divisionCode(), month).isPresent())
                    .map(DivisionStatistics::divisionName).toList();
        });
        return new TownshipMonthlyReport(header, month, statistics, villages, signed);
    }

    /** Births, deaths, marriages and moves of the month held here, counted by the village that owns them. */
    private Map<String, Long> eventsByVillage(Period month) {
        Map<String, Long> counts = new HashMap<>();
        java.util.function.Consumer<RegisterRecord> count = r -> counts.merge(r.owner(), 1L, Long::sum);
        register.births().between(month.from(), month.to()).forEach(count);
        register.deaths().between(month.from(), month.to()).forEach(count);
        register.marriages().between(month.from(), month.to()).forEach(count);
        register.moves().between(month.from(), month.to()).forEach(count);
        return counts;
    }

    private static String name(StatisticsReport statistics, String code) {
        return statistics.villages().stream().filter(v -> v.divisionCode().equals(code)).findFirst()
                .map(DivisionStatistics::divisionName).orElse(code);
    }
}
