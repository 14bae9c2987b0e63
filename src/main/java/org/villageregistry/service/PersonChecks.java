package org.villageregistry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.IdNumberRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.person.PhoneNumber;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;

/** The checks every save of a person goes through: the domain's person rules and ID uniqueness. */
final class PersonChecks {
    private final Register register;

    PersonChecks(Register register) {
        this.register = register;
    }

    /**
     * The person as it will be stored: ID number normalised (spaces, full-width digits, lower-case x), a phone
     * number as {@link PhoneNumber} reads it (spaces, brackets and +86 dropped; blank is none). A phone that is no
     * phone number is kept as typed, for {@link #problems} to refuse quoting it.
     */
    static Person normalised(Person person) {
        Person p = person;
        if (p.idNumber() != null) {
            p = p.toBuilder().idNumber(p.idNumber().isBlank() ? null : IdNumber.normalise(p.idNumber())).build();
        }
        if (p.phone() != null) {
            String typed = p.phone();
            p = p.toBuilder().phone(typed.isBlank() ? null : PhoneNumber.read(typed).orElse(typed)).build();
        }
        return p;
    }

    /**
     * All problems of a person about to be saved. {@code idsInSameSave} are the ID numbers of the other persons
     * saved together with this one (a household), which must differ from this person's too.
     */
    List<Problem> problems(Person person, LocalDate today, Set<String> idsInSameSave) {
        return problems(person, null, today, idsInSameSave);
    }

    /**
     * As {@link #problems(Person, LocalDate, Set)} for a correction of {@code stored} (null for a new person): a
     * phone number is checked when it is new or changed, so a number kept from before the check existed does not
     * stop a correction of another field.
     */
    List<Problem> problems(Person person, Person stored, LocalDate today, Set<String> idsInSameSave) {
        List<Problem> problems = new ArrayList<>(PersonRules.validate(person, today));
        String phone = person.phone();
        if (phone != null && (stored == null || !phone.equals(stored.phone())) && PhoneNumber.read(phone).isEmpty()) {
            problems.add(Problem.error("phone", "rule.person.phone.invalid", phone));
        }
        if (person.idNumber() != null && person.isActive()) {
            // another active holder than this person, whichever comes first (the first holder found could be
            // this person, and the other would go unseen)
            IdNumberRules.checkUnique(person.idNumber(), person.id(), number -> register.persons()
                    .withIdNumbers(List.of(number)).stream().filter(Person::isActive)
                    .filter(other -> !other.id().equals(person.id())).findFirst(),
                    householdId -> register.households().find(householdId).map(Household::number))
                    .ifPresent(problems::add);
            if (idsInSameSave.contains(person.idNumber())) {
                problems.add(Problem.error("idNumber", "service.person.idTwiceInHousehold",
                        IdNumber.mask(person.idNumber())));
            }
        }
        return problems;
    }

    /** Refuses with every problem when any is an error; warnings alone let the save go on. */
    static void refuseErrors(List<Problem> problems) {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new RuleViolationException(problems);
        }
    }
}
