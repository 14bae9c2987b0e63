package org.villageregistry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;

/** A recorded death corrected: date, place and cause; the person left the register on the corrected date. */
final class DeathCorrection implements EventCorrection<Death> {
    private final Register register;

    DeathCorrection(Register register) {
        this.register = register;
    }

    @Override
    public List<String> changedFields(Death stored, Death corrected) {
        List<String> changed = new ArrayList<>();
        EventCorrection.compare(changed, "date", stored.date(), corrected.date());
        EventCorrection.compare(changed, "place", stored.place(), EventCorrection.blankToNull(corrected.place()));
        EventCorrection.compare(changed, "cause", stored.cause(), corrected.cause());
        return changed;
    }

    @Override
    public List<Problem> problems(Death stored, Death corrected, boolean confirmed, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        EventCorrection.keep(problems, "personId", stored.personId(), corrected.personId());
        if (corrected.date() == null) {
            problems.add(Problem.error("date", "service.event.dateMissing"));
            return problems;
        }
        problems.addAll(Plausibility.death(corrected, register.persons().get(stored.personId()), today));
        return problems;
    }

    @Override
    public Death merged(Death stored, Death corrected) {
        return new Death(stored.id(), stored.version(), stored.owner(), stored.personId(), corrected.date(),
                EventCorrection.blankToNull(corrected.place()), corrected.cause(), stored.recorded(),
                stored.voidReason());
    }

    @Override
    public void updatePersons(Death stored, Death saved) {
        Person person = register.persons().get(saved.personId());
        if (person.residence() == ResidenceStatus.DEAD && !saved.date().equals(person.leftOn())) {
            register.persons().save(person.toBuilder().leftOn(saved.date()).build());
        }
    }
}
