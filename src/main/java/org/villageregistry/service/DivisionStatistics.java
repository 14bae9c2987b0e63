package org.villageregistry.service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.OrderShares;
import org.villageregistry.domain.indicator.PerMille;
import org.villageregistry.domain.indicator.PopulationBalance;
import org.villageregistry.domain.indicator.SexRatio;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.ResidenceStatus;

/**
 * The indicators of one division (a village, or a township's total) for one period. Population at start is the
 * register on the day before the period, at end on its last day; movesIn/movesOut are the moves that enter or
 * leave the register (going away to live elsewhere does neither). underReporting (出生漏报率) is empty where no
 * reconciliation list is held (a village, the county).
 */
public record DivisionStatistics(
        String divisionCode,
        String divisionName,
        Map<ResidenceStatus, Long> populationAtStart,
        Map<ResidenceStatus, Long> populationAtEnd,
        long populationStart,
        long populationEnd,
        double averagePopulation,
        PopulationBalance balance,
        BirthFigures births,
        long deaths,
        Map<MarriageKind, Long> marriages,
        Map<MoveKind, Long> moves,
        long movesIn,
        long movesOut,
        Optional<PerMille> birthRate,
        Optional<PerMille> deathRate,
        Optional<PerMille> naturalGrowthRate,
        SexRatio sexRatioAtBirth,
        OrderShares orderShares,
        long women15to49,
        long marriedWomen15to49,
        Share registrationTimeliness,
        ServiceCoverage serviceCoverage,
        Map<ProgrammeKind, BenefitFigures> benefits,
        Optional<Share> underReporting,
        DataQuality dataQuality) {
    public DivisionStatistics {
        populationAtStart = inEnumOrder(populationAtStart, ResidenceStatus.class);
        populationAtEnd = inEnumOrder(populationAtEnd, ResidenceStatus.class);
        marriages = inEnumOrder(marriages, MarriageKind.class);
        moves = inEnumOrder(moves, MoveKind.class);
        benefits = BenefitFigures.byKind(benefits);
    }

    /** Whether a rate here stands on small numbers: the note beneath a table then explains its mark. */
    public boolean smallNumbers() {
        ServiceCoverage s = serviceCoverage;
        return java.util.stream.Stream.of(registrationTimeliness, s.healthChecks(), s.followUps(),
                        s.postnatalVisits(), s.awayHealthChecks(), s.awayFollowUps(), s.awayPostnatalVisits(),
                        dataQuality.completeness(), underReporting.orElse(new Share(0, 0)))
                .anyMatch(Share::smallNumbers) || sexRatioAtBirth.smallNumbers();
    }

    /**
     * The same figures with the two counts the township keeps rather than the village (conflicts not decided,
     * records not acknowledged) taken from {@code township}: they are of the day, not of the month signed.
     */
    public DivisionStatistics withTownshipCounts(DivisionStatistics township) {
        DataQuality q = new DataQuality(dataQuality.completeness(), dataQuality.invalidIds(),
                dataQuality.duplicateSuspects(), township.dataQuality().unresolvedConflicts(),
                township.dataQuality().notAcknowledged());
        return new DivisionStatistics(divisionCode, divisionName, populationAtStart, populationAtEnd, populationStart,
                populationEnd, averagePopulation, balance, births, deaths, marriages, moves, movesIn, movesOut,
                birthRate, deathRate, naturalGrowthRate, sexRatioAtBirth, orderShares, women15to49,
                marriedWomen15to49, registrationTimeliness, serviceCoverage, benefits, underReporting, q);
    }

    /** A read-only copy that lists its keys in the order of the enumeration, so JSON output is the same every run. */
    private static <K extends Enum<K>> Map<K, Long> inEnumOrder(Map<K, Long> counts, Class<K> type) {
        Map<K, Long> ordered = new EnumMap<>(type);
        ordered.putAll(counts);
        return Collections.unmodifiableMap(ordered);
    }
}
