package org.villageregistry.cli;

import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.text.Coded;

/** How persons' fields read in a terminal: ID numbers masked unless revealed, code values by their label. */
final class PersonText {
    private PersonText() {
    }

    static String id(String idNumber, boolean reveal) {
        if (idNumber == null || idNumber.isBlank()) {
            return "";
        }
        return reveal ? idNumber : IdNumber.mask(idNumber);
    }

    static String label(Coded value) {
        return value == null ? "" : value.label();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
