package org.villageregistry.domain.registration;

import java.time.LocalDate;
import org.villageregistry.domain.person.Sex;

/** A joint child of the couple as listed on a birth registration. */
public record RegisteredChild(String name, Sex sex, LocalDate birthDate, int order) {
}
