package org.villageregistry.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;

/**
 * A recorded move corrected: date, where from (moving in) or where to (moving out), address and reason, and 迁入
 * and 流入 for one another. The persons' days of entering or leaving the register (and a household's closing day)
 * that came from the move follow its date, so past periods count them as they really were. The destination of a
 * transfer to another village of the township is not corrected: the township moves the persons on it.
 */
final class MoveCorrection extends EventCorrection<Move> {
    MoveCorrection(Register register) {
        super(register, List.of(Field.of("kind", Move::kind), Field.of("date", Move::date),
                Field.text("fromDivision", Move::fromDivision), Field.text("toDivision", Move::toDivision),
                Field.text("address", Move::address), Field.of("reason", Move::reason)),
                List.of(Field.of("personIds", Move::personIds), Field.of("householdId", Move::householdId)));
    }

    @Override
    void check(Move stored, Move corrected, boolean confirmed, LocalDate today, List<Problem> problems) {
        if (stored.kind() != corrected.kind() && !(stored.entersRegister() && corrected.entersRegister())) {
            problems.add(Problem.error("kind", "service.eventCorrection.moveKind", stored.kind().label(),
                    corrected.kind() == null ? "" : corrected.kind().label()));
        }
        if (stored.entersRegister()) {
            keep(problems, "toDivision", stored.toDivision(),
                    blankToNull(corrected.toDivision()));
        } else {
            checkDestination(stored, corrected, problems);
        }
        if (corrected.date() == null) {
            problems.add(Problem.error("date", "service.event.dateMissing"));
            return;
        }
        Plausibility.notInFuture("date", corrected.date(), today).ifPresent(problems::add);
        for (UUID id : stored.personIds()) {
            Person p = register.persons().get(id);
            if (stored.entersRegister()) {
                checkArrival(p, stored, corrected.date(), problems);
            } else if (p.enteredOn() != null && corrected.date().isBefore(p.enteredOn())) {
                problems.add(Problem.error("date", "service.move.beforeEntry", p.name(), p.enteredOn()));
            }
        }
    }

    private static void checkDestination(Move stored, Move corrected, List<Problem> problems) {
        String to = blankToNull(corrected.toDivision());
        if (to != null) {
            try {
                DivisionCode.of(to);
            } catch (RegistryException notACode) {
                problems.add(Problem.error("toDivision", notACode.key(), notACode.args().toArray()));
                return;
            }
        }
        Move merged = new Move(stored.id(), 0, stored.owner(), stored.kind(), stored.personIds(), null, stored.date(),
                stored.fromDivision(), to, null, null, stored.recorded(), null);
        if (!Objects.equals(stored.toDivision(), to) && (stored.isTransfer() || merged.isTransfer())) {
            problems.add(Problem.error("toDivision", "service.eventCorrection.transferDestination",
                    Objects.toString(stored.toDivision(), ""), Objects.toString(to, "")));
        }
    }

    /** A person cannot arrive before being born, nor after having left again. */
    private static void checkArrival(Person p, Move stored, LocalDate date, List<Problem> problems) {
        if (p.birthDate() != null && date.isBefore(p.birthDate())) {
            problems.add(Problem.error("date", "service.eventCorrection.arrivalBeforeBirth", p.name(),
                    date.toString(), p.birthDate().toString()));
        }
        if (p.leftOn() != null && !Objects.equals(p.leftOn(), stored.date()) && date.isAfter(p.leftOn())) {
            problems.add(Problem.error("date", "service.eventCorrection.arrivalAfterLeaving", p.name(),
                    date.toString(), p.leftOn().toString()));
        }
    }

    @Override
    Move merged(Move stored, Move corrected) {
        boolean in = stored.entersRegister();
        return new Move(stored.id(), stored.version(), stored.owner(), corrected.kind(), stored.personIds(),
                stored.householdId(), corrected.date(),
                in ? blankToNull(corrected.fromDivision()) : stored.fromDivision(),
                in ? stored.toDivision() : blankToNull(corrected.toDivision()),
                blankToNull(corrected.address()), corrected.reason(), stored.recorded(),
                stored.voidReason());
    }

    @Override
    void updatePersons(Move stored, Move saved) {
        for (UUID id : saved.personIds()) {
            Person p = register.persons().get(id);
            Person.Builder b = p.toBuilder();
            if (saved.entersRegister()) {
                if (Objects.equals(p.enteredOn(), stored.date())) {
                    b.enteredOn(saved.date());
                }
                b.residence(residenceAfterKind(p.residence(), stored.kind(), saved.kind()));
            } else if (saved.leavesRegister() && Objects.equals(p.leftOn(), stored.date())) {
                b.leftOn(saved.date());
            }
            Person after = b.build();
            if (!after.equals(p)) {
                register.persons().save(after);
            }
        }
        if (saved.householdId() != null) {
            Household h = register.households().get(saved.householdId());
            if (saved.entersRegister() && Objects.equals(h.createdOn(), stored.date())) {
                register.households().save(new Household(h.id(), h.version(), h.owner(), h.number(), h.group(),
                        h.address(), h.headId(), h.hukouType(), saved.date(), h.closedOn(), h.voidReason()));
            } else if (saved.leavesRegister() && Objects.equals(h.closedOn(), stored.date())) {
                register.households().save(h.closed(saved.date()));
            }
        }
    }

    /** 迁入 makes a person living here, 流入 an incoming resident: a corrected kind changes that while they stay. */
    private static ResidenceStatus residenceAfterKind(ResidenceStatus now, MoveKind was, MoveKind is) {
        if (was == is) {
            return now;
        }
        if (is == MoveKind.FLOAT_IN && now == ResidenceStatus.RESIDENT) {
            return ResidenceStatus.INCOMING;
        }
        if (is == MoveKind.HUKOU_IN && now == ResidenceStatus.INCOMING) {
            return ResidenceStatus.RESIDENT;
        }
        return now;
    }
}
