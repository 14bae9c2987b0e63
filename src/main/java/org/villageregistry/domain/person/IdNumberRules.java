package org.villageregistry.domain.person;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.villageregistry.domain.text.Problem;

/** Rules about an ID number across the register: one ID number belongs to one active person. */
public final class IdNumberRules {
    private IdNumberRules() {
    }

    /**
     * A problem when another active person already holds the ID number. {@code self} is the person being saved
     * (null for a new one); {@code activeLookup} finds the active person holding a normalised ID number.
     */
    public static Optional<Problem> checkUnique(String id, UUID self, Function<String, Optional<Person>> activeLookup) {
        return holder(id, self, activeLookup)
                .map(other -> Problem.error(IdNumber.FIELD, "rule.id.duplicate", IdNumber.mask(id), other.name()));
    }

    /** As {@link #checkUnique(String, UUID, Function)}, also naming the other person's household number. */
    public static Optional<Problem> checkUnique(String id, UUID self, Function<String, Optional<Person>> activeLookup,
            Function<UUID, Optional<String>> householdNumber) {
        return holder(id, self, activeLookup).map(other -> {
            Optional<String> number = other.householdId() == null ? Optional.empty()
                    : householdNumber.apply(other.householdId());
            return number.map(n -> Problem.error(IdNumber.FIELD, "rule.id.duplicateInHousehold",
                            IdNumber.mask(id), other.name(), n))
                    .orElseGet(() -> Problem.error(IdNumber.FIELD, "rule.id.duplicate", IdNumber.mask(id),
                            other.name()));
        });
    }

    private static Optional<Person> holder(String id, UUID self, Function<String, Optional<Person>> activeLookup) {
        String normalised = IdNumber.normalise(id);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return activeLookup.apply(normalised)
                .filter(Person::isActive)
                .filter(other -> !other.id().equals(self));
    }
}
