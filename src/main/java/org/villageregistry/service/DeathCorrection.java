package org.villageregistry.service;

import java.time.LocalDate;
import java.util.List;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;

/** A recorded death corrected: date, place and cause; the person left the register on the corrected date. */
final class DeathCorrection extends EventCorrection<Death> {
    DeathCorrection(Register register) {
        super(register, List.of(Field.of("date", Death::date), Field.text("place", Death::place),
                Field.of("cause", Death::cause)), List.of(Field.of("personId", Death::personId)));
    }

    @Override
    void check(Death stored, Death corrected, boolean confirmed, LocalDate today, List<Problem> problems) {
        if (corrected.date() == null) {
            problems.add(Problem.error("date", "service.event.dateMissing"));
            return;
        }
        problems.addAll(Plausibility.death(corrected, register.persons().get(stored.personId()), today));
    }

    @Override
    Death merged(Death stored, Death corrected) {
        return new Death(stored.id(), stored.version(), stored.owner(), stored.personId(), corrected.date(),
                blankToNull(corrected.place()), corrected.cause(), stored.recorded(),
                stored.voidReason());
    }

    @Override
    void updatePersons(Death stored, Death saved) {
        Person person = register.persons().get(saved.personId());
        if (person.residence() == ResidenceStatus.DEAD && !saved.date().equals(person.leftOn())) {
            register.persons().save(person.toBuilder().leftOn(saved.date()).build());
        }
    }
}
