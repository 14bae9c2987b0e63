package org.villageregistry.domain.registration;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;

/** One spouse as written on a birth registration; personId is set when the spouse is in the register. */
public record Spouse(
        UUID personId,
        String name,
        String idNumber,
        Ethnicity ethnicity,
        String hukouAddress,
        String currentAddress,
        MaritalStatus maritalStatus,
        LocalDate marriageDate) {
}
