package org.villageregistry.domain.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.Person;

/**
 * A person record is complete when relation to head, name, sex, birth date, ID number (adults, 18+), ethnicity,
 * hukou type and marital status (15+) are present.
 */
public final class RecordCompleteness {
    public static final int ID_EXPECTED_FROM_AGE = 18;
    public static final int MARITAL_STATUS_EXPECTED_FROM_AGE = 15;

    private RecordCompleteness() {
    }

    /** The form fields still empty on a day, in the order of the person form. */
    public static List<String> missingFields(Person p, LocalDate on) {
        List<String> missing = new ArrayList<>();
        if (p.relation() == null) {
            missing.add("relation");
        }
        if (p.name() == null || p.name().isBlank()) {
            missing.add("name");
        }
        if (p.sex() == null) {
            missing.add("sex");
        }
        if (p.birthDate() == null) {
            missing.add("birthDate");
        }
        Integer age = p.birthDate() == null || p.birthDate().isAfter(on) ? null : p.ageOn(on);
        if ((p.idNumber() == null || p.idNumber().isBlank()) && (age == null || age >= ID_EXPECTED_FROM_AGE)) {
            missing.add("idNumber");
        }
        if (p.ethnicity() == null) {
            missing.add("ethnicity");
        }
        if (p.hukouType() == null) {
            missing.add("hukouType");
        }
        if (p.maritalStatus() == null && (age == null || age >= MARITAL_STATUS_EXPECTED_FROM_AGE)) {
            missing.add("maritalStatus");
        }
        return missing;
    }

    public static boolean isComplete(Person p, LocalDate on) {
        return missingFields(p, on).isEmpty();
    }

    /** Complete records of all records, as a share. */
    public static Share completeness(Collection<Person> persons, LocalDate on) {
        long complete = persons.stream().filter(p -> isComplete(p, on)).count();
        return new Share(complete, persons.size());
    }
}
