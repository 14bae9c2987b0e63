package org.villageregistry.domain.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    /** A count of births for one sex and order. */
    record BirthCount(Sex sex, int order, long count) {
    }
}
