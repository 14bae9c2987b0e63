package org.villageregistry.domain.repository;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.household.Household;

/** Households, each with a number unique in its village. */
public interface HouseholdRepository extends RecordRepository<Household> {
    Optional<Household> findByNumber(String owner, String number);

    List<Household> page(int offset, int limit);

    long count();

    /** The households neither voided nor closed, counted per village (owner), from the typed columns. */
    java.util.Map<String, Long> openCountsByOwner();

    /** The next free household number in a village, e.g. "0143". */
    String nextNumber(String owner);
}
