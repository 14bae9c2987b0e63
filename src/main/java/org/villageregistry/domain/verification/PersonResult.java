package org.villageregistry.domain.verification;

import java.util.Map;

/** The result for one sampled person: the outcome and, when WRONG, each wrong field with the value found. */
public record PersonResult(int person, PersonOutcome outcome, Map<CheckedField, String> corrections) {
    public PersonResult {
        corrections = Map.copyOf(corrections);
        if ((outcome == PersonOutcome.WRONG) == corrections.isEmpty()) {
            throw new IllegalArgumentException("a WRONG result needs corrections, any other none: " + outcome);
        }
    }

    public static PersonResult correct(int person) {
        return new PersonResult(person, PersonOutcome.CORRECT, Map.of());
    }

    public static PersonResult notLiving(int person) {
        return new PersonResult(person, PersonOutcome.NOT_LIVING, Map.of());
    }

    public boolean livesThere() {
        return outcome != PersonOutcome.NOT_LIVING;
    }
}
