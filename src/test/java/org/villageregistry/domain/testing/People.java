package org.villageregistry.domain.testing;

import java.time.LocalDate;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;

/** Persons for the rule tests: complete, valid records that a test then changes in the one way it is about. */
public final class People {
    private People() {
    }

    public static Person.Builder woman(String name, LocalDate born) {
        return base(name, Sex.FEMALE, born);
    }

    public static Person.Builder man(String name, LocalDate born) {
        return base(name, Sex.MALE, born);
    }

    private static Person.Builder base(String name, Sex sex, LocalDate born) {
        return Person.builder().owner("410103100001").name(name).sex(sex).birthDate(born)
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED)
                .enteredOn(born);
    }
}
