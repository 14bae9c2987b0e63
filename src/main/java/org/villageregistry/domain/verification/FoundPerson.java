package org.villageregistry.domain.verification;

import java.time.LocalDate;
import org.villageregistry.domain.person.Sex;

/**
 * Someone the team found in a drawn household whom the register does not hold: a person living there (漏登) or a
 * child born there whose birth was not recorded (漏报, also living there). married says a woman is married, so
 * the 已婚育龄妇女 she may be is counted.
 */
public record FoundPerson(long id, int household, Kind kind, String name, Sex sex, LocalDate birthDate,
                          boolean married) {
    /** 漏登 or 漏报. */
    public enum Kind { MISSING_PERSON, UNRECORDED_BIRTH }
}
