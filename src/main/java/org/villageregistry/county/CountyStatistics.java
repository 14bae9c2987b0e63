package org.villageregistry.county;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.county.store.PgStatistics;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.StatisticsReport;
import org.villageregistry.service.StatisticsService;

/**
 * The county's indicators for a period: one entry per enrolled township in the shape of {@code vreg stats} at a
 * township (its villages and its total), and the county's total; counts aggregated in PostgreSQL, figures by
 * the same formulas as every workstation ({@link StatisticsService#of(org.villageregistry.domain.repository.StatisticsQueries, String, String, Period)}).
 */
public final class CountyStatistics {
    /** The county's statistics report. */
    public record Report(Period period, String divisionCode, String divisionName, List<StatisticsReport> townships,
                         DivisionStatistics total) {
        public Report {
            townships = List.copyOf(townships);
        }
    }

    private CountyStatistics() {
    }

    /**
     * The reports of a served county, each kept until the county's data changes: a report is given again only
     * while no village's records and no enrolment changed since it was made ({@link CountyStore#dataVersion()}),
     * so analysts reloading the page do not count again what a bundle has not changed.
     */
    static final class Kept {
        private record Made(String version, Report report) {
        }

        private final CountyHome county;
        private final CountyStore store;
        private final java.util.Map<Period, Made> made = new java.util.concurrent.ConcurrentHashMap<>();

        Kept(CountyHome county, CountyStore store) {
            this.county = county;
            this.store = store;
        }

        Report report(Period period) {
            String version = store.dataVersion();
            Made kept = made.get(period);
            if (kept != null && kept.version().equals(version)) {
                return kept.report();
            }
            Report report = compute(county, store, period);
            if (made.size() > 64) {
                made.clear();
            }
            made.put(period, new Made(version, report));
            return report;
        }
    }

    static Report compute(CountyHome county, CountyStore store, Period period) {
        PgStatistics q = new PgStatistics(store);
        List<Enrolment> enrolled = store.enrolments();
        List<StatisticsReport> townships = new ArrayList<>();
        enrolled.stream().filter(e -> level(e) == DivisionLevel.TOWNSHIP)
                .sorted(Comparator.comparing(Enrolment::division)).forEach(t -> {
                    List<DivisionStatistics> villages = enrolled.stream()
                            .filter(v -> level(v) == DivisionLevel.VILLAGE
                                    && DivisionCode.of(t.division()).contains(DivisionCode.of(v.division())))
                            .sorted(Comparator.comparing(Enrolment::division))
                            .map(v -> StatisticsService.of(q, v.division(), v.divisionName(), period)).toList();
                    townships.add(new StatisticsReport(period, t.division(), t.divisionName(), villages,
                            StatisticsService.of(q, t.division(), t.divisionName(), period)));
                });
        return new Report(period, county.division().value(), county.name(), townships,
                StatisticsService.of(q, county.division().value(), county.name(), period));
    }

    private static DivisionLevel level(Enrolment e) {
        return DivisionCode.of(e.division()).level();
    }
}
