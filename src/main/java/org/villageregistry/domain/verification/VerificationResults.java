package org.villageregistry.domain.verification;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What was entered for a verification: a result per sampled person (by number), the persons found but not
 * registered, and for each listed newborn whether the team found the child (true) or not (false).
 */
public record VerificationResults(Map<Integer, PersonResult> persons, List<FoundPerson> found,
                                  Map<Integer, Boolean> newborns) {
    public VerificationResults {
        persons = Map.copyOf(persons);
        found = List.copyOf(found);
        newborns = Map.copyOf(newborns);
    }

    public static VerificationResults none() {
        return new VerificationResults(Map.of(), List.of(), Map.of());
    }

    public Optional<PersonResult> of(int person) {
        return Optional.ofNullable(persons.get(person));
    }

    public boolean isEmpty() {
        return persons.isEmpty() && found.isEmpty() && newborns.isEmpty();
    }
}
