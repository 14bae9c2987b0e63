package org.villageregistry.domain.indicator;

import java.util.Optional;
import org.villageregistry.domain.text.RegistryException;

/** The formulas of the village and township reports. Counts come from the register; these only compute. */
public final class Indicators {
    private Indicators() {
    }

    /** Average population of a period = (population at start + population at end) / 2. */
    public static double averagePopulation(long start, long end) {
        return (start + end) / 2.0;
    }

    public static PopulationBalance balance(long start, long births, long movesIn, long deaths, long movesOut,
            long end) {
        return new PopulationBalance(start, births, movesIn, deaths, movesOut, end);
    }

    /** Crude birth rate ‰ = births / average population × 1000 × 12 / months. Empty when there is no population. */
    public static Optional<PerMille> crudeBirthRate(long births, double averagePopulation, int months) {
        return perMille(births, averagePopulation, months);
    }

    /** Crude death rate ‰ = deaths / average population × 1000 × 12 / months. */
    public static Optional<PerMille> crudeDeathRate(long deaths, double averagePopulation, int months) {
        return perMille(deaths, averagePopulation, months);
    }

    /** Natural growth rate ‰ = (births − deaths) / average population × 1000 × 12 / months; may be negative. */
    public static Optional<PerMille> naturalGrowthRate(long births, long deaths, double averagePopulation,
            int months) {
        return perMille(births - deaths, averagePopulation, months);
    }

    private static Optional<PerMille> perMille(long events, double averagePopulation, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a period has at least one month");
        }
        if (averagePopulation <= 0) {
            return Optional.empty();
        }
        double value = events / averagePopulation * 1000 * 12 / months;
        return Optional.of(new PerMille(value, events, averagePopulation, months));
    }

    /**
     * Sex ratio at birth = male births / female births × 100. No ratio without female births, nor from a small
     * number of births of one sex only (0 boys and 1 girl is "—" with the small-numbers note, never "0.0").
     */
    public static SexRatio sexRatioAtBirth(long maleBirths, long femaleBirths) {
        boolean small = maleBirths + femaleBirths < SexRatio.SMALL_NUMBER_LIMIT;
        Optional<Double> ratio = femaleBirths == 0 || small && maleBirths == 0 ? Optional.empty()
                : Optional.of(maleBirths * 100.0 / femaleBirths);
        boolean outside = ratio.map(r -> r < SexRatio.NORMAL_LOW || r > SexRatio.NORMAL_HIGH).orElse(false);
        return new SexRatio(maleBirths, femaleBirths, ratio, small, outside);
    }

    public static OrderShares orderShares(long first, long second, long thirdOrMore) {
        return OrderShares.of(first, second, thirdOrMore);
    }

    /** Service coverage: those due a service in the period who had it, of all who were due. */
    public static Share serviceCoverage(long served, long due) {
        return new Share(served, due);
    }

    /** Registration timeliness: births recorded within 30 days of the birth, of all births. */
    public static Share registrationTimeliness(long recordedWithin30Days, long births) {
        return new Share(recordedWithin30Days, births);
    }

    /**
     * Under-reporting (出生漏报率) = (births found by reconciliation − those of them the village had reported)
     * / births found.
     */
    public static Share underReporting(long foundByReconciliation, long reported) {
        if (reported < 0 || reported > foundByReconciliation) {
            throw new RegistryException("rule.indicator.underReporting", foundByReconciliation, reported);
        }
        return new Share(foundByReconciliation - reported, foundByReconciliation);
    }
}
