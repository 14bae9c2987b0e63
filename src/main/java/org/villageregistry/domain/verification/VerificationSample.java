package org.villageregistry.domain.verification;

import java.util.List;
import java.util.Optional;

/** A verification with what was drawn: the households, their members as registered, and the listed newborns. */
public record VerificationSample(Verification verification, List<SampledHousehold> households,
                                 List<SampledPerson> persons, List<SampledNewborn> newborns) {
    public VerificationSample {
        households = List.copyOf(households);
        persons = List.copyOf(persons);
        newborns = List.copyOf(newborns);
    }

    public Optional<SampledPerson> person(int number) {
        return persons.stream().filter(p -> p.number() == number).findFirst();
    }

    public Optional<SampledHousehold> household(int number) {
        return households.stream().filter(h -> h.number() == number).findFirst();
    }

    public Optional<SampledNewborn> newborn(int number) {
        return newborns.stream().filter(n -> n.number() == number).findFirst();
    }

    public List<SampledHousehold> householdsOf(String village) {
        return households.stream().filter(h -> h.village().equals(village)).toList();
    }

    public List<SampledPerson> membersOf(int household) {
        return persons.stream().filter(p -> p.household() == household).toList();
    }
}
