package org.villageregistry.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;

/**
 * The relation to the head as corrected on a person's record: it must fit the household it is in. One head and
 * at most one spouse per household; the head stays head (a new head is a household matter, 户主变更).
 */
final class RelationChecks {
    private final Register register;

    RelationChecks(Register register) {
        this.register = register;
    }

    List<Problem> problems(Person stored, Person corrected) {
        RelationToHead now = corrected.relation();
        if (now == stored.relation()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<Household> household = Optional.ofNullable(corrected.householdId())
                .flatMap(id -> register.households().find(id));
        if (household.isEmpty()) {
            if (now != null) {
                problems.add(Problem.error("relation", "service.person.relation.noHousehold", corrected.name(),
                        now.label()));
            }
            return problems;
        }
        Household h = household.get();
        if (now == null) {
            problems.add(Problem.error("relation", "service.person.relation.missing", corrected.name(), h.number()));
        } else if (stored.relation() == RelationToHead.HEAD) {
            problems.add(Problem.error("relation", "service.person.relation.wasHead", corrected.name(), h.number(),
                    now.label()));
        } else if (now == RelationToHead.HEAD || now == RelationToHead.SPOUSE) {
            otherMember(h, corrected, now).ifPresent(other -> problems.add(Problem.error("relation",
                    now == RelationToHead.HEAD ? "service.person.relation.headTaken"
                            : "service.person.relation.spouseTaken", h.number(), other.name(), corrected.name())));
        }
        return problems;
    }

    /**
     * The relation of a person joining household {@code h} (moving in): given, and not a second head or spouse,
     * counting those who join with them ({@code joiningBefore}).
     */
    List<Problem> joining(Person arriving, Household h, List<Person> joiningBefore) {
        RelationToHead relation = arriving.relation();
        if (relation == null) {
            return List.of(Problem.error("relation", "service.person.relation.missing", arriving.name(), h.number()));
        }
        if (relation != RelationToHead.HEAD && relation != RelationToHead.SPOUSE) {
            return List.of();
        }
        return Stream.concat(register.persons().members(h.id()).stream().filter(Person::isActive),
                        joiningBefore.stream())
                .filter(p -> p.relation() == relation)
                .findFirst()
                .map(other -> List.of(Problem.error("relation", relation == RelationToHead.HEAD
                        ? "service.person.relation.headTaken" : "service.person.relation.spouseTaken",
                        h.number(), other.name(), arriving.name())))
                .orElse(List.of());
    }

    /**
     * A person saved as 户主 (allowed only when no member in the register is head: the head died or moved out, or
     * none was recorded) heads the household from now on: its record names them, as its title and list show.
     */
    void headsHousehold(Person saved) {
        if (saved.relation() != RelationToHead.HEAD || saved.householdId() == null) {
            return;
        }
        Household h = register.households().get(saved.householdId());
        if (!saved.id().equals(h.headId())) {
            register.households().save(h.headedBy(saved.id()));
        }
    }

    private Optional<Person> otherMember(Household h, Person corrected, RelationToHead relation) {
        return register.persons().members(h.id()).stream()
                .filter(Person::isActive)
                .filter(p -> !p.id().equals(corrected.id()) && p.relation() == relation)
                .findFirst();
    }
}
