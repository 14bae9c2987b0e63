package org.villageregistry.domain.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One sample verification (抽样核查) of the township: the villages chosen, how many households each, the seed that
 * makes the draw reproducible (same seed and same register, same households), when (instant, and the day where the township is) and by whom it was drawn, and
 * whether the newborns of the last 12 months known from the reconciliation lists were added to the sample.
 */
public record Verification(long id, String township, List<String> villages, int householdsPerVillage, long seed,
                           boolean newborns, Instant drawnAt, LocalDate drawnOn, String drawnBy) {
    public Verification {
        villages = List.copyOf(villages);
    }

    public Verification withId(long newId) {
        return new Verification(newId, township, villages, householdsPerVillage, seed, newborns, drawnAt, drawnOn, drawnBy);
    }

    public Verification redrawn(long newSeed, Instant at, LocalDate on, String by) {
        return new Verification(id, township, villages, householdsPerVillage, newSeed, newborns, at, on, by);
    }
}
