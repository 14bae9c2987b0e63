package org.villageregistry.service;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.EventState;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;

/** Records marriages, divorces and remarriages and keeps both persons' marital status in step. */
public final class MarriageService {
    private final Register register;
    private final Clock clock;

    public MarriageService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    public Marriage record(MarriageReport report) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            List<Problem> problems = new ArrayList<>();
            Person husband = spouse(report.husbandId(), Sex.MALE, "husbandId", problems);
            Person wife = spouse(report.wifeId(), Sex.FEMALE, "wifeId", problems);
            if (husband == null && wife == null && problems.isEmpty()) {
                problems.add(Problem.error("husbandId", "service.marriage.nobodyHere"));
            }
            if ((husband == null || wife == null) && blank(report.otherPartyName())) {
                problems.add(Problem.error("otherPartyName", "service.marriage.otherPartyMissing"));
            }
            if (report.date() == null) {
                problems.add(Problem.error("date", "service.event.dateMissing"));
            } else {
                Plausibility.notInFuture("date", report.date(), today).ifPresent(problems::add);
            }
            if (report.kind() == MarriageKind.MARRIAGE || report.kind() == MarriageKind.REMARRIAGE) {
                checkNotMarried(husband, problems);
                checkNotMarried(wife, problems);
                checkOfMarriageAge(husband, "husbandId", report.date(), problems);
                checkOfMarriageAge(wife, "wifeId", report.date(), problems);
            }
            if ((husband == null || wife == null) && !blank(report.otherPartyIdNumber())) {
                // the other party's number, checked as every ID number typed here (length, date, check character,
                // the sex it gives against the side of the marriage the other party is on)
                Sex otherSex = husband == null ? Sex.MALE : Sex.FEMALE;
                IdNumber.check(report.otherPartyIdNumber(), otherSex, null, today).forEach(q -> problems.add(
                        new Problem(q.severity(), "otherPartyIdNumber", q.key(), q.args())));
            }
            if (report.kind() == MarriageKind.DIVORCE) {
                checkCanDivorce(husband, wife, report.date(), problems);
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            String owner = register.workstation().division().value();
            Marriage marriage = register.marriages().save(new Marriage(UUID.randomUUID(), 0, owner, report.kind(),
                    report.husbandId(), report.wifeId(),
                    husband == null || wife == null ? report.otherPartyName() : null,
                    husband == null || wife == null ? report.otherPartyIdNumber() : null, report.date(),
                    report.certificateNumber(), new Recorded(today, register.user().name(), report.source(),
                    EventState.CONFIRMED), null));
            for (Person p : new Person[] {husband, wife}) {
                if (p != null) {
                    register.persons().save(afterEvent(p, report.kind(), report.date()));
                }
            }
            return marriage;
        });
    }

    /** The marital status a person has after the event, with the first-marriage date kept once set. */
    static Person afterEvent(Person p, MarriageKind kind, LocalDate date) {
        MaritalStatus before = p.maritalStatus();
        MaritalStatus after = switch (kind) {
            case DIVORCE -> MaritalStatus.DIVORCED;
            case REMARRIAGE -> MaritalStatus.MARRIED_AGAIN;
            case MARRIAGE -> before == MaritalStatus.WIDOWED || before == MaritalStatus.DIVORCED
                    ? MaritalStatus.REMARRIED : MaritalStatus.FIRST_MARRIAGE;
        };
        LocalDate first = p.firstMarriageDate();
        if (kind == MarriageKind.MARRIAGE && first == null && after == MaritalStatus.FIRST_MARRIAGE) {
            first = date;
        }
        return p.toBuilder().maritalStatus(after).firstMarriageDate(first).build();
    }

    private Person spouse(UUID id, Sex expected, String field, List<Problem> problems) {
        if (id == null) {
            return null;
        }
        Person p = register.persons().get(id);
        if (!p.isActive()) {
            problems.add(Problem.error(field, "service.event.personNotActive", p.name()));
        } else if (p.sex() != expected) {
            problems.add(Problem.error(field, "service.marriage.wrongSex", p.name(), expected.label()));
        }
        return p;
    }

    /** 法定婚龄 (民法典第一千零四十七条): a man not before 22 full years, a woman not before 20. */
    static final int MARRIAGE_AGE_MAN = 22;
    static final int MARRIAGE_AGE_WOMAN = 20;

    private static void checkOfMarriageAge(Person p, String field, LocalDate date, List<Problem> problems) {
        if (p == null || p.birthDate() == null || date == null) {
            return;
        }
        if (date.isBefore(p.birthDate())) {
            problems.add(Problem.error(field, "service.marriage.beforeBirth", p.name(), p.birthDate().toString()));
            return;
        }
        int legal = p.sex() == Sex.FEMALE ? MARRIAGE_AGE_WOMAN : MARRIAGE_AGE_MAN;
        int age = p.ageOn(date);
        if (age < legal) {
            problems.add(Problem.error(field, "service.marriage.underAge", p.name(), age, p.sex().label(), legal));
        }
    }

    private static void checkNotMarried(Person p, List<Problem> problems) {
        if (p != null && MaritalStatusRules.isMarried(p.maritalStatus())) {
            problems.add(Problem.error("kind", "service.marriage.alreadyMarried", p.name()));
        }
    }

    /**
     * A divorce dissolves a marriage the register knows of: each spouse here is married now, the divorce is not
     * dated before their latest marriage (or, with no marriage recorded, their first-marriage date), and two
     * spouses here were last married to each other.
     */
    private void checkCanDivorce(Person husband, Person wife, LocalDate date, List<Problem> problems) {
        for (Person p : new Person[] {husband, wife}) {
            if (p == null) {
                continue;
            }
            if (!MaritalStatusRules.isMarried(p.maritalStatus())) {
                problems.add(Problem.error("kind", "service.marriage.notMarried", p.name(),
                        p.maritalStatus() == null ? Messages.get("service.marriage.statusMissing")
                                : p.maritalStatus().label()));
                continue;
            }
            Optional<Marriage> union = latestUnion(register.marriages().byPerson(p.id()), null);
            LocalDate married = union.map(Marriage::date).orElse(p.firstMarriageDate());
            if (date != null && married != null && date.isBefore(married)) {
                problems.add(Problem.error("date", "service.marriage.divorceBeforeMarriage", p.name(), married));
            }
            Person other = p == husband ? wife : husband;
            UUID partner = union.map(m -> p.id().equals(m.husbandId()) ? m.wifeId() : m.husbandId()).orElse(null);
            if (other != null && partner != null && !partner.equals(other.id())) {
                problems.add(Problem.error(p == husband ? "wifeId" : "husbandId", "service.marriage.notSpouses",
                        p.name(), other.name()));
            }
        }
    }

    /** The latest marriage or remarriage among the records, voided ones and {@code except} left out. */
    static Optional<Marriage> latestUnion(List<Marriage> records, UUID except) {
        return records.stream()
                .filter(m -> !m.isVoided() && m.kind() != MarriageKind.DIVORCE && !m.id().equals(except))
                .max(Comparator.comparing(Marriage::date));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
