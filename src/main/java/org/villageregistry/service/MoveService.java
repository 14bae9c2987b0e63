package org.villageregistry.service;

import org.villageregistry.domain.division.Division;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.EventState;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.text.RuleViolationException;

/** Moves into and out of the register, including transfers between villages of one township. */
public final class MoveService {
    private final Register register;
    private final Clock clock;
    private final PersonChecks checks;
    private final RelationChecks relations;
    private final HouseholdService households;

    public MoveService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.checks = new PersonChecks(register);
        this.relations = new RelationChecks(register);
        this.households = new HouseholdService(register, clock);
    }

    /** Brings persons (or a new household) into the register: hukou moved in or came to live here. */
    public Move moveIn(MoveInReport report) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (report.kind() != MoveKind.HUKOU_IN && report.kind() != MoveKind.FLOAT_IN) {
            throw new RegistryException("service.move.notIn", report.kind().label());
        }
        LocalDate today = LocalDate.now(clock);
        requireDate(report.date(), today);
        ResidenceStatus residence = report.kind() == MoveKind.HUKOU_IN
                ? ResidenceStatus.RESIDENT : ResidenceStatus.INCOMING;
        return register.transactions().write(() -> {
            List<UUID> personIds = new ArrayList<>();
            UUID householdId = null;
            if (report.newHousehold() != null) {
                List<Person> members = report.newHousehold().members().stream()
                        .map(p -> arriving(p, residence, report.date())).toList();
                NewHousehold draft = new NewHousehold(report.newHousehold().number(), report.newHousehold().group(),
                        report.newHousehold().address(), report.newHousehold().hukouType(), report.date(), members);
                HouseholdFile file = households.add(draft);
                householdId = file.household().id();
                file.members().forEach(m -> personIds.add(m.id()));
            } else {
                if (report.persons().isEmpty()) {
                    throw new RegistryException("service.move.nobody");
                }
                Household joined = report.householdId() == null ? null
                        : register.households().get(report.householdId());
                List<Problem> problems = new ArrayList<>();
                Set<String> ids = new HashSet<>();
                List<Person> arriving = new ArrayList<>();
                for (Person p : report.persons()) {
                    Person person = arriving(p, residence, report.date()).toBuilder()
                            .householdId(report.householdId()).build();
                    problems.addAll(checks.problems(person, today, ids));
                    if (joined != null) {
                        problems.addAll(relations.joining(person, joined, arriving));
                    }
                    if (person.idNumber() != null) {
                        ids.add(person.idNumber());
                    }
                    arriving.add(person);
                }
                PersonChecks.refuseErrors(problems);
                for (Person p : arriving) {
                    Person saved = register.persons().save(p);
                    personIds.add(saved.id());
                    relations.headsHousehold(saved);   // joining a household that has no head, as its head
                }
            }
            return register.moves().save(new Move(UUID.randomUUID(), 0, owner(), report.kind(), personIds,
                    householdId, report.date(), report.fromDivision(), owner(), report.address(), report.reason(),
                    recorded(report.source(), today), null));
        });
    }

    /**
     * Takes persons (or a whole household) out: a hukou move out or an incoming resident leaving ends their
     * stay in the register; going to live elsewhere only marks them away. A hukou move to another village of
     * this township is a transfer ({@link Move#isTransfer()}).
     */
    public Move moveOut(MoveOutReport report) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (report.kind() != MoveKind.HUKOU_OUT && report.kind() != MoveKind.FLOAT_OUT
                && report.kind() != MoveKind.FLOAT_LEAVE) {
            throw new RegistryException("service.move.notOut", report.kind().label());
        }
        LocalDate today = LocalDate.now(clock);
        requireDate(report.date(), today);
        if (report.toDivision() != null && !report.toDivision().isBlank()) {
            DivisionCode.of(report.toDivision());
        }
        return register.transactions().write(() -> {
            unknownVillage(report).ifPresent(p -> {
                throw new RuleViolationException(List.of(p));
            });
            Set<UUID> ids = new LinkedHashSet<>(report.personIds());
            Household household = null;
            if (report.householdId() != null) {
                household = register.households().get(report.householdId());
                register.persons().members(household.id()).stream().filter(Person::isActive)
                        .forEach(p -> ids.add(p.id()));
            }
            if (ids.isEmpty()) {
                throw new RegistryException("service.move.nobody");
            }
            List<Problem> problems = new ArrayList<>();
            List<Person> leaving = new ArrayList<>();
            for (UUID id : ids) {
                Person p = register.persons().get(id);
                if (!p.isActive()) {
                    problems.add(Problem.error("personIds", "service.event.personNotActive", p.name()));
                } else if (report.kind() == MoveKind.FLOAT_LEAVE && p.residence() != ResidenceStatus.INCOMING) {
                    problems.add(Problem.error("kind", "service.move.notIncoming", p.name()));
                } else if (report.kind() != MoveKind.FLOAT_LEAVE && p.residence() == ResidenceStatus.INCOMING) {
                    problems.add(Problem.error("kind", "service.move.incomingUseLeave", p.name()));
                } else if (p.enteredOn() != null && report.date().isBefore(p.enteredOn())) {
                    problems.add(Problem.error("date", "service.move.beforeEntry", p.name(), p.enteredOn()));
                }
                leaving.add(p);
            }
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            for (Person p : leaving) {
                register.persons().save(report.kind() == MoveKind.FLOAT_OUT
                        ? p.toBuilder().residence(ResidenceStatus.AWAY).build()
                        : p.toBuilder().residence(ResidenceStatus.MOVED_OUT).leftOn(report.date())
                                .residenceBeforeLeaving(p.residence()).build());
            }
            if (household != null && report.kind() != MoveKind.FLOAT_OUT) {
                register.households().save(household.closed(report.date()));
            }
            return register.moves().save(new Move(UUID.randomUUID(), 0, owner(), report.kind(), List.copyOf(ids),
                    report.householdId(), report.date(), owner(), blankToNull(report.toDivision()), report.address(),
                    report.reason(), recorded(report.source(), today), null));
        });
    }

    /**
     * A hukou move to a village code of this township that is not one of its villages, when the register knows them
     * (the township's receipts name them): the move would hand the persons' records to a village nobody holds, and
     * they would drop out of every register. Before the first receipt the villages are not known here, and the code
     * is taken as typed.
     */
    private Optional<Problem> unknownVillage(MoveOutReport report) {
        String to = blankToNull(report.toDivision());
        String own = owner();
        if (report.kind() != MoveKind.HUKOU_OUT || to == null || to.length() != 12 || own.length() != 12
                || !to.startsWith(own.substring(0, 9)) || to.equals(own)) {
            return Optional.empty();
        }
        List<Division> siblings = register.divisions().stream()
                .filter(d -> d.code().value().length() == 12 && d.code().value().startsWith(own.substring(0, 9))
                        && !d.code().value().equals(own))
                .sorted(java.util.Comparator.comparing(d -> d.code().value()))
                .toList();
        if (siblings.isEmpty() || siblings.stream().anyMatch(d -> d.code().value().equals(to))) {
            return Optional.empty();
        }
        return Optional.of(Problem.error("toDivision", "service.move.unknownVillage", to, String.join("、",
                siblings.stream().map(d -> d.name() + "（" + d.code().value() + "）").toList())));
    }

    private Person arriving(Person p, ResidenceStatus residence, LocalDate date) {
        return PersonChecks.normalised(p).toBuilder().version(0).owner(owner()).residence(residence).enteredOn(date)
                .leftOn(null).build();
    }

    private Recorded recorded(EventSource source, LocalDate today) {
        return new Recorded(today, register.user().name(),
                source == null ? EventSource.SELF_REPORT : source,
                EventState.CONFIRMED);
    }

    private static void requireDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new RuleViolationException(List.of(Problem.error("date", "service.event.dateMissing")));
        }
        Plausibility.notInFuture("date", date, today)
                .ifPresent(p -> {
                    throw new RuleViolationException(List.of(p));
                });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String owner() {
        return register.workstation().division().value();
    }
}
