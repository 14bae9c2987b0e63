package org.villageregistry.domain.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields that say who a person is: ID number, name, sex and birth date. Correcting one of them changes whom
 * the record is about, so it needs a {@link CorrectionReason} and is kept in the audit log.
 */
public final class IdentityFields {
    private IdentityFields() {
    }

    /** The identity fields that differ between the stored record and the corrected one, in form order. */
    public static List<String> changed(Person stored, Person corrected) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(strip(stored.name()), strip(corrected.name()))) {
            changed.add("name");
        }
        if (stored.sex() != corrected.sex()) {
            changed.add("sex");
        }
        if (!Objects.equals(stored.birthDate(), corrected.birthDate())) {
            changed.add("birthDate");
        }
        if (!Objects.equals(normalised(stored.idNumber()), normalised(corrected.idNumber()))) {
            changed.add("idNumber");
        }
        return changed;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String normalised(String id) {
        return id == null || id.isBlank() ? null : IdNumber.normalise(id);
    }
}
