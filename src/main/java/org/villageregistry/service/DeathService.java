package org.villageregistry.service;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.EventState;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;

/** Records a death: the person leaves the register on that day, and a surviving spouse here becomes widowed. */
public final class DeathService {
    private final Register register;
    private final Clock clock;

    public DeathService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    public Death record(DeathReport report) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        if (report.date() == null) {
            throw new RuleViolationException(List.of(Problem.error("date", "service.event.dateMissing")));
        }
        return register.transactions().write(() -> {
            Person person = register.persons().get(report.personId());
            Death death = new Death(UUID.randomUUID(), 0, owner(), person.id(), report.date(), report.place(),
                    report.cause(), new Recorded(today, register.user().name(),
                    report.source() == null ? EventSource.SELF_REPORT : report.source(), EventState.CONFIRMED), null);
            List<Problem> problems = new ArrayList<>(Plausibility.death(death, person, today));
            if (!person.isActive()) {
                problems.add(Problem.error("personId", "service.event.personNotActive", person.name()));
            }
            PersonChecks.refuseErrors(problems);
            register.persons().save(person.toBuilder().residence(ResidenceStatus.DEAD).leftOn(report.date())
                    .residenceBeforeLeaving(person.residence()).build());
            survivingSpouse(person).ifPresent(spouse -> register.persons().save(
                    spouse.toBuilder().maritalStatus(MaritalStatus.WIDOWED).build()));
            return register.deaths().save(death);
        });
    }

    /**
     * The benefit programmes the person is enrolled in for themself (or, for a childcare subsidy, as the child) with
     * the enrolment still open: after a death they are owed nothing for the months after it (payment batches leave
     * them out), and the registrar closes the enrolment on the benefits screen. Names, in the programmes' order.
     */
    public List<String> openBenefits(UUID personId) {
        return register.transactions().read(() -> {
            List<String> names = new ArrayList<>();
            for (org.villageregistry.domain.benefit.BenefitProgramme programme : register.programmes().all()) {
                boolean childcare = programme.kind() == org.villageregistry.domain.benefit.ProgrammeKind
                        .CHILDCARE_SUBSIDY;
                boolean enrolled = register.enrolments().byProgramme(programme.id()).stream()
                        .anyMatch(e -> e.voidReason() == null && e.to() == null
                                && personId.equals(childcare ? e.childId() : e.personId()));
                if (enrolled) {
                    names.add(programme.name());
                }
            }
            return names;
        });
    }

    /**
     * After a death: the one person of the household who looks like the spouse (户主 and 配偶 of each other, the
     * other sex) and is still 已婚, because the register has no record of their marriage as the dead person's latest
     * (a recorded one made the spouse 丧偶 in {@link #record}; a marriage never recorded, or one after a recorded
     * divorce or widowhood, did not). Only a hint for the registrar to check: without the record the program does
     * not change anyone's status itself. Empty when there is none, or more than one such person.
     */
    public Optional<Person> spouseToReview(UUID deadId) {
        return register.transactions().read(() -> {
            Person dead = register.persons().get(deadId);
            if (dead.householdId() == null || dead.relation() == null
                    || !MaritalStatusRules.isMarried(dead.maritalStatus())) {
                return Optional.empty();
            }
            List<Person> likely = register.persons().members(dead.householdId()).stream()
                    .filter(p -> !p.id().equals(dead.id()) && p.isActive() && p.sex() != null
                            && p.sex() != dead.sex() && MaritalStatusRules.isMarried(p.maritalStatus()))
                    .filter(p -> dead.relation() == RelationToHead.HEAD ? p.relation() == RelationToHead.SPOUSE
                            : dead.relation() == RelationToHead.SPOUSE && p.relation() == RelationToHead.HEAD)
                    .toList();
            return likely.size() == 1 ? Optional.of(likely.get(0)) : Optional.empty();
        });
    }

    /** The spouse of the person's latest marriage, if that marriage was not dissolved and the spouse is here. */
    private Optional<Person> survivingSpouse(Person person) {
        Optional<Marriage> latest = register.marriages().byPerson(person.id()).stream()
                .filter(m -> !m.isVoided())
                .max(Comparator.comparing(Marriage::date));
        return latest.filter(m -> m.kind() != MarriageKind.DIVORCE)
                .map(m -> person.id().equals(m.husbandId()) ? m.wifeId() : m.husbandId())
                .filter(Objects::nonNull)
                .flatMap(id -> register.persons().find(id))
                .filter(p -> p.isActive() && MaritalStatusRules.isMarried(p.maritalStatus()));
    }

    private String owner() {
        return register.workstation().division().value();
    }
}
