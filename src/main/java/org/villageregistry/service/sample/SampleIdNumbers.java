package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.villageregistry.domain.person.Sex;

/**
 * Issues fictitious 18-digit ID numbers: address code of a fictitious county, the birth date, an order
 * code whose parity gives the sex, and the GB 11643 check digit. Never issues one number twice.
 */
final class SampleIdNumbers {
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final SampleRandom random;
    private final Set<String> issued = new HashSet<>();

    SampleIdNumbers(SampleRandom random) {
        this.random = random;
    }

    String issue(String countyCode, LocalDate birthDate, Sex sex) {
        while (true) {
            int order = random.between(0, 499) * 2 + (sex == Sex.MALE ? 1 : 0);
            String body = countyCode + birthDate.format(BASIC) + String.format("%03d", order);
            String id = body + checkDigit(body);
            if (issued.add(id)) {
                return id;
            }
        }
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
