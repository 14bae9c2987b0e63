package org.villageregistry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.villageregistry.domain.person.Person;
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
     * All problems of a person about to be saved. {@code idsInSameSave} are the ID numbers of the other persons
     * saved together with this one (a household), which must differ from this person's too.
     */
    List<Problem> problems(Person person, LocalDate today, Set<String> idsInSameSave) {
        List<Problem> problems = new ArrayList<>();
        if (person.idNumber() != null && !person.idNumber().isBlank()) {
            register.persons().findActiveByIdNumber(person.idNumber())
                    .filter(other -> !other.id().equals(person.id()))
                    .ifPresent(other -> problems.add(Problem.error("idNumber", "service.person.idTaken",
                            person.idNumber(), other.name())));
            if (idsInSameSave.contains(person.idNumber())) {
                problems.add(Problem.error("idNumber", "service.person.idTwiceInHousehold",
                        person.idNumber()));
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
