package org.villageregistry.ui.people;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;

/**
 * One line of the people list, ready to show: the ID number is already masked. A row whose page is still
 * loading has a null id and shows only "…".
 */
public record PersonRow(UUID id, String name, String sex, LocalDate birthDate, String maskedId,
                        String householdNumber, String relation, String residence, String match) {

    static PersonRow loading() {
        return new PersonRow(null, "…", "", null, "", "", "", "", "");
    }

    static PersonRow of(Person p, String householdNumber, String match) {
        return new PersonRow(p.id(), p.name(), p.sex() == null ? "" : p.sex().label(), p.birthDate(),
                p.idNumber() == null || p.idNumber().isBlank() ? "" : IdNumber.mask(p.idNumber()),
                householdNumber == null ? "" : householdNumber, p.relation() == null ? "" : p.relation().label(),
                p.isVoided() ? "" : p.residence() == null ? "" : p.residence().label(), match);
    }

    public boolean isLoading() {
        return id == null;
    }
}
