package org.villageregistry.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthOrderRule;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;

/**
 * A recorded birth corrected: time, sex, place, father, weight, gestation, certificate and health. The child's
 * record follows (birth date, sex, father, the day it entered the register), and 孩次 is worked out again for the
 * couple's children when the time of birth or the father changed.
 */
final class BirthCorrection extends EventCorrection<Birth> {
    private final PersonChecks checks;

    BirthCorrection(Register register) {
        super(register, List.of(Field.of("bornAt", Birth::bornAt), Field.of("sex", Birth::sex),
                Field.of("fatherId", Birth::fatherId), Field.of("place", Birth::place),
                Field.of("weightGrams", Birth::weightGrams), Field.of("gestationWeeks", Birth::gestationWeeks),
                Field.text("certificateNumber", Birth::certificateNumber),
                Field.text("healthStatus", Birth::healthStatus)),
                List.of(Field.of("motherId", Birth::motherId), Field.of("childId", Birth::childId)));
        this.checks = new PersonChecks(register);
    }

    @Override
    void check(Birth stored, Birth corrected, boolean confirmed, LocalDate today, List<Problem> problems) {
        if (corrected.bornAt() == null) {
            problems.add(Problem.error("bornAt", "service.birth.timeMissing"));
            return;
        }
        if (corrected.sex() == null) {
            problems.add(Problem.error("sex", "rule.person.sex.required"));
            return;
        }
        if (corrected.fatherId() != null) {
            Person father = register.persons().get(corrected.fatherId());
            if (father.sex() != Sex.MALE) {
                problems.add(Problem.error("fatherId", "service.birth.fatherNotMan", father.name()));
            }
        }
        Person mother = register.persons().get(stored.motherId());
        problems.addAll(Plausibility.birth(corrected, mother, register.births().byMother(mother.id()), confirmed,
                today));
        Person child = register.persons().get(stored.childId());
        for (Problem p : checks.problems(childAfter(child, stored, corrected), child, today, Set.of())) {
            problems.add("birthDate".equals(p.field()) ? new Problem(p.severity(), "bornAt", p.key(), p.args()) : p);
        }
    }

    @Override
    Birth merged(Birth stored, Birth corrected) {
        return new Birth(stored.id(), stored.version(), stored.owner(), stored.childId(), stored.motherId(),
                corrected.fatherId(), corrected.bornAt(), corrected.sex(), stored.birthOrder(), corrected.place(),
                corrected.weightGrams(), corrected.gestationWeeks(),
                blankToNull(corrected.certificateNumber()),
                blankToNull(corrected.healthStatus()), stored.recorded(), stored.voidReason());
    }

    @Override
    void updatePersons(Birth stored, Birth saved) {
        Person child = register.persons().get(saved.childId());
        Person after = childAfter(child, stored, saved);
        if (!after.equals(child)) {
            register.persons().save(after);
        }
        if (!saved.isVoided()) {
            PregnancyOutcomes.movedByCorrectedBirth(register, saved, stored.bornAt().toLocalDate());
        }
        if (!stored.bornAt().equals(saved.bornAt()) || !Objects.equals(stored.fatherId(), saved.fatherId())) {
            renumber(saved.motherId(), saved.fatherId());
            if (!Objects.equals(stored.fatherId(), saved.fatherId())) {
                renumber(saved.motherId(), stored.fatherId());
            }
        }
    }

    /** The child's record as the corrected birth says: born that day, of that sex and father. */
    private static Person childAfter(Person child, Birth stored, Birth corrected) {
        LocalDate born = corrected.bornAt().toLocalDate();
        Person.Builder b = child.toBuilder().birthDate(born).sex(corrected.sex()).fatherId(corrected.fatherId());
        if (Objects.equals(child.enteredOn(), stored.bornAt().toLocalDate())) {
            b.enteredOn(born);
        }
        return b.build();
    }

    /**
     * 孩次 of every recorded birth of the couple again ({@link BirthOrderRule}: joint children in order of birth,
     * those of one delivery by time and then by the order they had).
     */
    private void renumber(UUID motherId, UUID fatherId) {
        Map<UUID, Birth> births = register.births().byMother(motherId).stream().filter(b -> !b.isVoided())
                .collect(Collectors.toMap(Birth::childId, Function.identity(), (a, b) -> a));
        List<Person> joint = register.persons().childrenOf(motherId).stream()
                .filter(c -> BirthOrderRule.isJointChild(c, motherId, fatherId) && c.birthDate() != null)
                .sorted(Comparator.comparing(Person::birthDate)
                        .thenComparing(c -> births.containsKey(c.id()) ? births.get(c.id()).bornAt().toLocalTime()
                                : LocalTime.MIN)
                        .thenComparingInt(c -> births.containsKey(c.id()) ? births.get(c.id()).birthOrder() : 0))
                .toList();
        for (int i = 0; i < joint.size(); i++) {
            Birth birth = births.get(joint.get(i).id());
            if (birth != null && birth.birthOrder() != i + 1) {
                register.births().save(new Birth(birth.id(), birth.version(), birth.owner(), birth.childId(),
                        birth.motherId(), birth.fatherId(), birth.bornAt(), birth.sex(), i + 1, birth.place(),
                        birth.weightGrams(), birth.gestationWeeks(), birth.certificateNumber(), birth.healthStatus(),
                        birth.recorded(), birth.voidReason()));
            }
        }
    }
}
