package org.villageregistry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Collection;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.indicator.Indicators;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.PopulationBalance;
import org.villageregistry.domain.person.ReproductiveAgeRoster;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.StatisticsQueries;
import org.villageregistry.domain.repository.StatisticsQueries.BirthCount;
import org.villageregistry.domain.workstation.WorkstationInfo;

/** A period's indicators for this workstation's division: counts from the register, formulas from the domain. */
public final class StatisticsService {
    /** Births recorded within this many days of the birth count as registered on time. */
    public static final int TIMELY_DAYS = 30;

    private final Register register;

    public StatisticsService(Register register) {
        this.register = register;
    }

    public StatisticsReport compute(Period period) {
        return register.transactions().read(() -> {
            WorkstationInfo ws = register.workstation();
            List<DivisionStatistics> villages = new ArrayList<>();
            if (ws.division().level() != DivisionLevel.VILLAGE) {
                register.divisions().stream()
                        .filter(d -> d.code().level() == DivisionLevel.VILLAGE && ws.division().contains(d.code()))
                        .sorted(Comparator.comparing(d -> d.code().value()))
                        .forEach(d -> villages.add(of(d.code().value(), d.name(), period)));
            }
            DivisionStatistics total = of(ws.division().value(), ws.divisionName(), period);
            return new StatisticsReport(period, ws.division().value(), ws.divisionName(), villages, total);
        });
    }

    /** The indicators of one division (a code prefix) for the period. */
    public DivisionStatistics of(String division, String name, Period period) {
        return of(register.statistics(), division, name, period);
    }

    /**
     * The indicators of one division from any store's counts (the county's PostgreSQL gives its own): one
     * definition of every figure, with the formulas of {@link Indicators}.
     */
    /**
     * Only the population balance of a division for the period (start + births + moves in − deaths − moves out =
     * end), the same counts as in {@link #of}: the data-quality check needs no other figure.
     */
    public PopulationBalance balance(String division, Period period) {
        return register.transactions().read(() -> {
            StatisticsQueries q = register.statistics();
            long start = sum(q.populationOn(division, period.from().minusDays(1)));
            long end = sum(q.populationOn(division, period.to()));
            BirthFigures births = births(q.births(division, period.from(), period.to()));
            Map<MoveKind, Long> moves = q.movesByKind(division, period.from(), period.to());
            return Indicators.balance(start, births.total(), movesIn(moves), q.deaths(division, period.from(),
                    period.to()), movesOut(moves), end);
        });
    }

    /**
     * {@link #balance} of each village of a division for the period, the populations of all villages counted in
     * one pass (a township's data-quality check needs forty of them).
     */
    public Map<String, PopulationBalance> balances(String division, Collection<String> villages, Period period) {
        return register.transactions().read(() -> {
            StatisticsQueries q = register.statistics();
            Map<String, Map<ResidenceStatus, Long>> starts = q.populationOnByVillage(division, villages,
                    period.from().minusDays(1));
            Map<String, Map<ResidenceStatus, Long>> ends = q.populationOnByVillage(division, villages, period.to());
            Map<String, PopulationBalance> out = new LinkedHashMap<>();
            for (String village : villages) {
                BirthFigures births = births(q.births(village, period.from(), period.to()));
                Map<MoveKind, Long> moves = q.movesByKind(village, period.from(), period.to());
                out.put(village, Indicators.balance(sum(starts.getOrDefault(village, Map.of())), births.total(),
                        movesIn(moves), q.deaths(village, period.from(), period.to()), movesOut(moves),
                        sum(ends.getOrDefault(village, Map.of()))));
            }
            return out;
        });
    }

    private static long movesIn(Map<MoveKind, Long> moves) {
        return moves.getOrDefault(MoveKind.HUKOU_IN, 0L) + moves.getOrDefault(MoveKind.FLOAT_IN, 0L);
    }

    private static long movesOut(Map<MoveKind, Long> moves) {
        return moves.getOrDefault(MoveKind.HUKOU_OUT, 0L) + moves.getOrDefault(MoveKind.FLOAT_LEAVE, 0L);
    }

    public static DivisionStatistics of(StatisticsQueries q, String division, String name, Period period) {
        Map<ResidenceStatus, Long> atStart = q.populationOn(division, period.from().minusDays(1));
        Map<ResidenceStatus, Long> atEnd = q.populationOn(division, period.to());
        long start = sum(atStart);
        long end = sum(atEnd);
        double average = Indicators.averagePopulation(start, end);
        BirthFigures births = births(q.births(division, period.from(), period.to()));
        long deaths = q.deaths(division, period.from(), period.to());
        Map<MoveKind, Long> moves = q.movesByKind(division, period.from(), period.to());
        long movesIn = movesIn(moves);
        long movesOut = movesOut(moves);
        PopulationBalance balance = Indicators.balance(start, births.total(), movesIn, deaths, movesOut, end);
        LocalDate last = period.to();
        return new DivisionStatistics(division, name, atStart, atEnd, start, end, average, balance, births, deaths,
                q.marriages(division, period.from(), period.to()), moves, movesIn, movesOut,
                Indicators.crudeBirthRate(births.total(), average, period.months()),
                Indicators.crudeDeathRate(deaths, average, period.months()),
                Indicators.naturalGrowthRate(births.total(), deaths, average, period.months()),
                Indicators.sexRatioAtBirth(births.male(), births.female()),
                Indicators.orderShares(births.first(), births.second(), births.thirdOrMore()),
                q.women(division, last, ReproductiveAgeRoster.MIN_AGE, ReproductiveAgeRoster.MAX_AGE, false),
                q.women(division, last, ReproductiveAgeRoster.MIN_AGE, ReproductiveAgeRoster.MAX_AGE, true),
                Indicators.registrationTimeliness(
                        q.birthsRecordedWithin(division, period.from(), period.to(), TIMELY_DAYS), births.total()),
                q.serviceCoverage(division, period.from(), period.to()),
                q.benefits(division, period.from(), period.to()),
                q.knownBirths(division, period.from(), period.to())
                        .map(k -> Indicators.underReporting(k.found(), k.reported())),
                q.dataQuality(division, last));
    }

    private static BirthFigures births(List<BirthCount> counts) {
        long male = 0;
        long female = 0;
        long[] byOrder = new long[4];
        for (BirthCount c : counts) {
            if (c.sex() == Sex.MALE) {
                male += c.count();
            } else {
                female += c.count();
            }
            byOrder[Math.max(1, Math.min(3, c.order()))] += c.count();
        }
        return new BirthFigures(male + female, male, female, byOrder[1], byOrder[2], byOrder[3]);
    }

    private static long sum(Map<ResidenceStatus, Long> byStatus) {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
