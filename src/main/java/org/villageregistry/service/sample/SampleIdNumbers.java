package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Sex;

/**
 * Issues fictitious 18-digit ID numbers: address code of a fictitious county, the birth date, an order
 * code whose parity gives the sex, and the GB 11643 check digit. Never issues one number twice.
 */
final class SampleIdNumbers {
    private final SampleRandom random;
    private final Set<String> issued = new HashSet<>();

    SampleIdNumbers(SampleRandom random) {
        this.random = random;
    }

    String issue(String countyCode, LocalDate birthDate, Sex sex) {
        while (true) {
            int order = random.between(0, 499) * 2 + (sex == Sex.MALE ? 1 : 0);
            String id = IdNumber.compose(countyCode, birthDate, order);
            if (issued.add(id)) {
                return id;
            }
        }
    }
}
