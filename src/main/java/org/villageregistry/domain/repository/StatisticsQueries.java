package org.villageregistry.domain.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.health.ServiceCoverageRules;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/**
 * Counts the statistics service needs, done as SQL aggregation so they stay fast at county scale.
 * {@code division} is a code prefix: a village code, or a township code for all its villages.
 * Date ranges are inclusive.
 */
public interface StatisticsQueries {
    /** Persons in the register on a day (entered on or before it, not left on or before it, not voided), by current residence status. */
    Map<ResidenceStatus, Long> populationOn(String division, LocalDate day);

    /**
     * {@link #populationOn} of each village of the division at once, by village code (a village with nobody in
     * the register on the day is absent): what a township needs for forty villages in one pass.
     */
    default Map<String, Map<ResidenceStatus, Long>> populationOnByVillage(String division, Collection<String> villages,
                                                                        LocalDate day) {
        Map<String, Map<ResidenceStatus, Long>> out = new HashMap<>();
        for (String village : villages) {
            Map<ResidenceStatus, Long> counts = populationOn(village, day);
            if (!counts.isEmpty()) {
                out.put(village, counts);
            }
        }
        return out;
    }

    /** Live births (not voided) born in the range, counted by sex and birth order (orders above 3 reported as 3). */
    List<BirthCount> births(String division, LocalDate from, LocalDate to);

    long deaths(String division, LocalDate from, LocalDate to);

    Map<MarriageKind, Long> marriages(String division, LocalDate from, LocalDate to);

    /** Persons moved, by kind of move (a household move counts each of its persons). */
    Map<MoveKind, Long> movesByKind(String division, LocalDate from, LocalDate to);

    /** Women aged minAge–maxAge full years on the day who are in the register; marriedOnly = status 20–23. */
    long women(String division, LocalDate day, int minAge, int maxAge, boolean marriedOnly);

    /** Births in the range whose record was made within {@code days} days of the birth. */
    long birthsRecordedWithin(String division, LocalDate from, LocalDate to, int days);

    /** Service coverage in the range, by the rules of {@link ServiceCoverageRules}. */
    ServiceCoverage serviceCoverage(String division, LocalDate from, LocalDate to);

    /** Benefits by kind of programme in the range (see {@link BenefitFigures}); kinds with nobody may be missing. */
    Map<ProgrammeKind, BenefitFigures> benefits(String division, LocalDate from, LocalDate to);

    /**
     * Births born in the range on the township's reconciliation lists (hospital, police), and how many of them
     * the village had recorded; empty where no list is held for the division (a village, the county).
     */
    Optional<KnownBirths> knownBirths(String division, LocalDate from, LocalDate to);

    /** Data quality of the persons in the register, ages on the day ({@link DataQuality}). */
    DataQuality dataQuality(String division, LocalDate day);

    /** Births on a reconciliation list and those of them the village had recorded. */
    record KnownBirths(long found, long reported) {
    }

    /** A count of births for one sex and order. */
    record BirthCount(Sex sex, int order, long count) {
    }
}
