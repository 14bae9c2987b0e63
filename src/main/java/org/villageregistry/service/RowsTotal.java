package org.villageregistry.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.Indicators;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.ResidenceStatus;

/**
 * The total of a township's month as the sum of its village rows as printed (signed figures where a village's month
 * is approved, the register's elsewhere), so the total row always adds up: every count summed, every rate computed
 * again from the summed counts with the formulas of {@link Indicators}, never averaged. A figure no row holds (出生漏报率
 * without a reconciliation list, conflicts at a village) stays empty.
 */
public final class RowsTotal {
    private RowsTotal() {
    }

    public static DivisionStatistics of(String division, String name, Period period, List<DivisionStatistics> rows) {
        long start = sum(rows, DivisionStatistics::populationStart);
        long end = sum(rows, DivisionStatistics::populationEnd);
        double average = Indicators.averagePopulation(start, end);
        BirthFigures births = new BirthFigures(sum(rows, r -> r.births().total()), sum(rows, r -> r.births().male()),
                sum(rows, r -> r.births().female()), sum(rows, r -> r.births().first()),
                sum(rows, r -> r.births().second()), sum(rows, r -> r.births().thirdOrMore()));
        long deaths = sum(rows, DivisionStatistics::deaths);
        long movesIn = sum(rows, DivisionStatistics::movesIn);
        long movesOut = sum(rows, DivisionStatistics::movesOut);
        return new DivisionStatistics(division, name,
                byKind(rows, ResidenceStatus.class, DivisionStatistics::populationAtStart),
                byKind(rows, ResidenceStatus.class, DivisionStatistics::populationAtEnd), start, end, average,
                Indicators.balance(start, births.total(), movesIn, deaths, movesOut, end), births, deaths,
                byKind(rows, MarriageKind.class, DivisionStatistics::marriages),
                byKind(rows, MoveKind.class, DivisionStatistics::moves), movesIn, movesOut,
                Indicators.crudeBirthRate(births.total(), average, period.months()),
                Indicators.crudeDeathRate(deaths, average, period.months()),
                Indicators.naturalGrowthRate(births.total(), deaths, average, period.months()),
                Indicators.sexRatioAtBirth(births.male(), births.female()),
                Indicators.orderShares(births.first(), births.second(), births.thirdOrMore()),
                sum(rows, DivisionStatistics::women15to49), sum(rows, DivisionStatistics::marriedWomen15to49),
                Indicators.registrationTimeliness(sum(rows, r -> r.registrationTimeliness().part()), births.total()),
                serviceCoverage(rows), benefits(rows), underReporting(rows), dataQuality(rows));
    }

    private static ServiceCoverage serviceCoverage(List<DivisionStatistics> rows) {
        return new ServiceCoverage(share(rows, c -> c.healthChecks()), share(rows, c -> c.followUps()),
                share(rows, c -> c.postnatalVisits()), share(rows, c -> c.awayHealthChecks()),
                share(rows, c -> c.awayFollowUps()), share(rows, c -> c.awayPostnatalVisits()));
    }

    private static Share share(List<DivisionStatistics> rows, Function<ServiceCoverage, Share> which) {
        return Indicators.serviceCoverage(sum(rows, r -> which.apply(r.serviceCoverage()).part()),
                sum(rows, r -> which.apply(r.serviceCoverage()).whole()));
    }

    private static Map<ProgrammeKind, BenefitFigures> benefits(List<DivisionStatistics> rows) {
        Map<ProgrammeKind, BenefitFigures> out = new EnumMap<>(ProgrammeKind.class);
        rows.forEach(r -> r.benefits().forEach((kind, figures) -> out.merge(kind, figures, BenefitFigures::plus)));
        return out;
    }

    /** 出生漏报率 of the rows that hold a reconciliation list: found and reported summed, the rate computed again. */
    private static Optional<Share> underReporting(List<DivisionStatistics> rows) {
        List<Share> held = rows.stream().flatMap(r -> r.underReporting().stream()).toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        long found = held.stream().mapToLong(Share::whole).sum();
        long missed = held.stream().mapToLong(Share::part).sum();
        return Optional.of(Indicators.underReporting(found, found - missed));
    }

    private static DataQuality dataQuality(List<DivisionStatistics> rows) {
        return new DataQuality(new Share(sum(rows, r -> r.dataQuality().completeness().part()),
                sum(rows, r -> r.dataQuality().completeness().whole())), sum(rows, r -> r.dataQuality().invalidIds()),
                sum(rows, r -> r.dataQuality().duplicateSuspects()),
                held(rows, r -> r.dataQuality().unresolvedConflicts()),
                held(rows, r -> r.dataQuality().notAcknowledged()));
    }

    private static Optional<Long> held(List<DivisionStatistics> rows, Function<DivisionStatistics, Optional<Long>> of) {
        List<Long> values = rows.stream().flatMap(r -> of.apply(r).stream()).toList();
        return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().mapToLong(Long::longValue).sum());
    }

    private static <K extends Enum<K>> Map<K, Long> byKind(List<DivisionStatistics> rows, Class<K> type,
                                                           Function<DivisionStatistics, Map<K, Long>> of) {
        Map<K, Long> out = new EnumMap<>(type);
        rows.forEach(r -> of.apply(r).forEach((kind, n) -> out.merge(kind, n, Long::sum)));
        return out;
    }

    private static long sum(List<DivisionStatistics> rows, Function<DivisionStatistics, Long> of) {
        return rows.stream().mapToLong(of::apply).sum();
    }
}
