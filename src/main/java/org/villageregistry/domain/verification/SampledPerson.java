package org.villageregistry.domain.verification;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/**
 * A member of a drawn household as the register held them at the draw: the sheet prints these values and the
 * results are measured against them, even if the village corrects the record meanwhile. number is the person's
 * number on the sheet (1, 2, … across the verification), household the household's.
 */
public record SampledPerson(int number, int household, UUID personId, String village, String name, Sex sex,
                            LocalDate birthDate, String idNumber, Ethnicity ethnicity, RelationToHead relation,
                            MaritalStatus marital, ResidenceStatus residence) {
    /** The registered value of a checked field as the sheet prints it (ID numbers whole: mask before printing). */
    public String registered(CheckedField field) {
        return switch (field) {
            case NAME -> text(name);
            case SEX -> sex == null ? "" : sex.label();
            case BIRTH_DATE -> birthDate == null ? "" : birthDate.toString();
            case ID_NUMBER -> text(idNumber);
            case ETHNICITY -> ethnicity == null ? "" : ethnicity.label();
            case RELATION -> relation == null ? "" : relation.label();
            case MARITAL -> marital == null ? "" : marital.label();
            case RESIDENCE -> residence == null ? "" : residence.label();
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
