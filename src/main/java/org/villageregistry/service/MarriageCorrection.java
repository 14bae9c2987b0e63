package org.villageregistry.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;

/**
 * A recorded marriage, divorce or remarriage corrected: kind, date, certificate and the side outside the register.
 * A 初婚日期 that came from this marriage moves with its date; a corrected kind gives the partners here the status
 * it leaves them in, when it is their latest marital event.
 */
final class MarriageCorrection extends EventCorrection<Marriage> {
    MarriageCorrection(Register register) {
        super(register, List.of(Field.of("kind", Marriage::kind),
                Field.text("otherPartyName", Marriage::otherPartyName),
                Field.text("otherPartyIdNumber", Marriage::otherPartyIdNumber), Field.of("date", Marriage::date),
                Field.text("certificateNumber", Marriage::certificateNumber)),
                List.of(Field.of("husbandId", Marriage::husbandId), Field.of("wifeId", Marriage::wifeId)));
    }

    @Override
    void check(Marriage stored, Marriage corrected, boolean confirmed, LocalDate today, List<Problem> problems) {
        if (corrected.kind() == null) {
            problems.add(Problem.error("kind", "service.eventCorrection.kindMissing"));
        }
        boolean oneSideOutside = stored.husbandId() == null || stored.wifeId() == null;
        if (oneSideOutside && blankToNull(corrected.otherPartyName()) == null) {
            problems.add(Problem.error("otherPartyName", "service.marriage.otherPartyMissing"));
        }
        if (!oneSideOutside && (blankToNull(corrected.otherPartyName()) != null
                || blankToNull(corrected.otherPartyIdNumber()) != null)) {
            problems.add(Problem.error("otherPartyName", "service.eventCorrection.bothHere"));
        }
        if (corrected.date() == null) {
            problems.add(Problem.error("date", "service.event.dateMissing"));
        } else {
            Plausibility.notInFuture("date", corrected.date(), today).ifPresent(problems::add);
            if (corrected.kind() != null) {
                checkOrder(stored, corrected, problems);
            }
        }
    }

    /**
     * A divorce stays after the latest marriage of each spouse here, and a marriage is not moved past a divorce that
     * came after it.
     */
    private void checkOrder(Marriage stored, Marriage corrected, List<Problem> problems) {
        for (UUID id : new UUID[] {stored.husbandId(), stored.wifeId()}) {
            if (id == null) {
                continue;
            }
            String name = register.persons().get(id).name();
            List<Marriage> others = events(id).stream().filter(m -> !m.id().equals(stored.id())).toList();
            if (corrected.kind() == MarriageKind.DIVORCE) {
                MarriageService.latestUnion(others, null).map(Marriage::date)
                        .filter(married -> corrected.date().isBefore(married))
                        .ifPresent(married -> problems.add(Problem.error("date",
                                "service.marriage.divorceBeforeMarriage", name, married)));
            } else {
                others.stream().filter(m -> m.kind() == MarriageKind.DIVORCE && !m.date().isBefore(stored.date())
                                && m.date().isBefore(corrected.date()))
                        .map(Marriage::date).min(Comparator.naturalOrder())
                        .ifPresent(divorced -> problems.add(Problem.error("date",
                                "service.marriage.marriageAfterDivorce", name, divorced)));
            }
        }
    }

    @Override
    Marriage merged(Marriage stored, Marriage corrected) {
        return new Marriage(stored.id(), stored.version(), stored.owner(), corrected.kind(), stored.husbandId(),
                stored.wifeId(), blankToNull(corrected.otherPartyName()),
                blankToNull(corrected.otherPartyIdNumber()), corrected.date(),
                blankToNull(corrected.certificateNumber()), stored.recorded(), stored.voidReason());
    }

    @Override
    void updatePersons(Marriage stored, Marriage saved) {
        for (UUID id : new UUID[] {saved.husbandId(), saved.wifeId()}) {
            if (id != null) {
                Person person = register.persons().get(id);
                Person after = after(person, stored, saved);
                if (!after.equals(person)) {
                    register.persons().save(after);
                }
            }
        }
    }

    private Person after(Person person, Marriage stored, Marriage saved) {
        Person.Builder b = person.toBuilder();
        LocalDate first = person.firstMarriageDate();
        boolean firstCameFromThis = stored.kind() == MarriageKind.MARRIAGE && Objects.equals(first, stored.date());
        if (firstCameFromThis) {
            b.firstMarriageDate(saved.kind() == MarriageKind.MARRIAGE ? saved.date() : null);
        }
        if (stored.kind() != saved.kind() && isLatest(person.id(), saved)) {
            MaritalStatus status = statusAfter(person, saved);
            b.maritalStatus(status);
            if (status == MaritalStatus.FIRST_MARRIAGE && (first == null || firstCameFromThis)) {
                b.firstMarriageDate(saved.date());
            }
        }
        return b.build();
    }

    /** The status the corrected kind leaves the person in, as recording it would have. */
    private MaritalStatus statusAfter(Person person, Marriage saved) {
        return switch (saved.kind()) {
            case DIVORCE -> MaritalStatus.DIVORCED;
            case REMARRIAGE -> MaritalStatus.MARRIED_AGAIN;
            case MARRIAGE -> earlier(person.id(), saved).isPresent() || person.maritalStatus() == MaritalStatus.REMARRIED
                    ? MaritalStatus.REMARRIED : MaritalStatus.FIRST_MARRIAGE;
        };
    }

    private boolean isLatest(UUID personId, Marriage saved) {
        return events(personId).stream().filter(m -> !m.id().equals(saved.id()))
                .noneMatch(m -> m.date().isAfter(saved.date()));
    }

    private Optional<Marriage> earlier(UUID personId, Marriage saved) {
        return events(personId).stream().filter(m -> !m.id().equals(saved.id()) && !m.date().isAfter(saved.date()))
                .max(Comparator.comparing(Marriage::date));
    }

    private List<Marriage> events(UUID personId) {
        return register.marriages().byPerson(personId).stream().filter(m -> !m.isVoided()).toList();
    }
}
