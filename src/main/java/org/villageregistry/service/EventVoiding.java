package org.villageregistry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;

/**
 * Voids a death or a marriage recorded by mistake (the wrong person picked, an event that did not happen): the record
 * stays, marked with the reason, and what recording it changed on the persons is put back as the change log shows
 * it stood before (the dead person's 居住状态 and leaving day, a widowed spouse's 婚姻状况; each spouse's 婚姻状况
 * and 初婚日期). Refused when a person has been changed in those fields since, or when a later marriage record of
 * theirs stands on this one: then the registrar corrects the person on the person page. A birth is voided with the
 * child's record (作废档案). A move out (迁出, 流出, 流入人员离开, 返回常住) puts its persons' 居住状态 and leaving day
 * and its household's closing day back; a move in (迁入, 流入) voids the persons and the household it brought, who
 * were never here. A move between two villages of the township is not voided here: the other village's register
 * holds it too.
 */
final class EventVoiding {
    private final Register register;

    EventVoiding(Register register) {
        this.register = register;
    }

    /** Puts the persons back and returns the voided record to save. */
    RegisterRecord voided(RegisterRecord stored, String reason) {
        if (stored instanceof Death death) {
            undoDeath(death);
        } else if (stored instanceof Marriage marriage) {
            undoMarriage(marriage);
        } else if (stored instanceof Birth birth) {
            throw new RegistryException("service.eventVoid.birth", name(birth.childId()));
        } else if (stored instanceof Move move) {
            undoMove(move, reason);
        }
        return stored.withVoidReason(reason);
    }

    private void undoDeath(Death death) {
        long recorded = firstChange(death.id());
        // DeathService saves the person, then the widowed spouse, then the death: both changes come just before it
        Change dead = lastBefore(death.personId(), recorded)
                .orElseThrow(() -> new RegistryException("service.eventVoid.noHistory", name(death.personId())));
        List<Person> restored = new ArrayList<>();
        restored.add(restore(death.personId(), dead, List.of(
                field(Person::residence, (b, p) -> b.residence(p.residence())), leftOn(death.date()),
                beforeLeaving())));
        for (Change c : register.changes().after(dead.changeId(), (int) (recorded - dead.changeId()))) {
            if (c.changeId() < recorded && !c.entityId().equals(death.personId())
                    && c.entityType() == dead.entityType()) {
                restored.add(restore(c.entityId(), c, List.of(
                        field(Person::maritalStatus, (b, p) -> b.maritalStatus(p.maritalStatus())))));
            }
        }
        restored.forEach(p -> register.persons().save(p));
    }

    private void undoMarriage(Marriage marriage) {
        long recorded = firstChange(marriage.id());
        List<Person> restored = new ArrayList<>();
        for (UUID id : new UUID[] {marriage.husbandId(), marriage.wifeId()}) {
            if (id == null) {
                continue;
            }
            boolean later = register.marriages().byPerson(id).stream().anyMatch(m -> !m.isVoided()
                    && !m.id().equals(marriage.id()) && !m.date().isBefore(marriage.date()));
            if (later) {
                throw new RegistryException("service.eventVoid.laterMarriage", name(id));
            }
            // MarriageService saves the marriage, then each spouse here
            Change made = register.changes().forEntity(id).stream().filter(c -> c.changeId() > recorded)
                    .findFirst()
                    .orElseThrow(() -> new RegistryException("service.eventVoid.noHistory", name(id)));
            restored.add(restore(id, made, List.of(
                    field(Person::maritalStatus, (b, p) -> b.maritalStatus(p.maritalStatus())),
                    field(Person::firstMarriageDate, (b, p) -> b.firstMarriageDate(p.firstMarriageDate())))));
        }
        restored.forEach(p -> register.persons().save(p));
    }

    private void undoMove(Move move, String reason) {
        if (move.betweenVillages()) {
            throw new RegistryException("service.eventVoid.transfer");
        }
        long recorded = firstChange(move.id());
        for (UUID id : move.personIds()) {
            boolean later = register.moves().byPerson(id).stream().anyMatch(m -> !m.isVoided()
                    && !m.id().equals(move.id()) && !m.date().isBefore(move.date()) && firstChange(m.id()) > recorded);
            if (later) {
                throw new RegistryException("service.eventVoid.laterMove", name(id));
            }
        }
        if (move.entersRegister()) {
            undoMoveIn(move, reason, recorded);
        } else {
            undoMoveOut(move, recorded);
        }
    }

    /**
     * The changes written together with a move, from {@code from} to just before the move's own: MoveService saves
     * the persons and the household, then the move, in one write. Refused (nothing guessed) when anything else was
     * written among them.
     */
    private List<Change> writtenWith(Move move, long from, long recorded) {
        return writtenWith(move, from, recorded, Set.of());
    }

    /** As above, where the move may also have written {@code alsoWritten} (a household a person arriving heads). */
    private List<Change> writtenWith(Move move, long from, long recorded, Set<UUID> alsoWritten) {
        Set<UUID> parts = new HashSet<>(move.personIds());
        parts.addAll(alsoWritten);
        if (move.householdId() != null) {
            parts.add(move.householdId());
        }
        List<Change> written = from >= recorded ? List.of()
                : register.changes().after(from - 1, (int) (recorded - from)).stream()
                        .filter(c -> c.changeId() < recorded).toList();
        for (Change c : written) {
            if (!parts.contains(c.entityId())) {
                throw new RegistryException("service.eventVoid.noHistory", name(move.personIds().get(0)));
            }
        }
        return written;
    }

    /** The persons a move in brought (and the household it opened) are voided: they were never here. */
    private void undoMoveIn(Move move, String reason, long recorded) {
        List<UUID> brought = move.personIds();
        long first = recorded;
        for (UUID id : brought) {
            List<Change> history = register.changes().forEntity(id);
            Person now = register.persons().get(id);
            if (history.isEmpty() || history.get(0).changeId() > recorded) {
                throw new RegistryException("service.eventVoid.noHistory", now.name());
            }
            first = Math.min(first, history.get(0).changeId());
        }
        // a person who joined a household that had no head became its head in the same write
        Set<UUID> joined = new HashSet<>();
        for (UUID id : brought) {
            UUID household = register.persons().get(id).householdId();
            if (household != null && !household.equals(move.householdId())) {
                joined.add(household);
            }
        }
        List<Change> written = writtenWith(move, first, recorded, joined);
        ResidenceStatus living = move.kind() == MoveKind.HUKOU_IN ? ResidenceStatus.RESIDENT : ResidenceStatus.INCOMING;
        for (UUID id : brought) {
            Person now = register.persons().get(id);
            Person arrived = state(lastUpTo(id, recorded));
            // a correction of the move's date or kind moves the day they came and how they live here, nothing else
            Person asArrived = now.toBuilder().version(arrived.version()).enteredOn(arrived.enteredOn())
                    .residence(arrived.residence()).build();
            if (!asArrived.equals(arrived) || !Objects.equals(now.enteredOn(), move.date())
                    || now.residence() != living || register.deaths().byPerson(id).isPresent()) {
                throw new RegistryException("service.eventVoid.changedSinceArrival", now.name());
            }
            boolean childHere = register.persons().childrenOf(id).stream()
                    .anyMatch(c -> !c.isVoided() && !brought.contains(c.id()));
            if (childHere) {
                throw new RegistryException("service.eventVoid.childHere", now.name());
            }
        }
        List<Household> headless = new ArrayList<>();
        for (UUID household : joined) {
            Optional<Change> made = written.stream().filter(c -> c.entityId().equals(household))
                    .reduce((a, b) -> b);
            if (made.isPresent()) {
                Household now = register.households().get(household);
                Household headed = read(made.get(), Household.class);
                if (!now.headedBy(headed.headId()).equals(now) || !brought.contains(now.headId())) {
                    throw new RegistryException("service.eventVoid.householdChanged", now.number());
                }
                UUID headBefore = register.changes().forEntity(household).stream()
                        .filter(c -> c.changeId() < made.get().changeId()).reduce((a, b) -> b)
                        .map(c -> read(c, Household.class).headId()).orElse(null);
                headless.add(now.headedBy(headBefore));
            }
        }
        for (UUID id : brought) {
            Person now = register.persons().get(id);
            if (!now.isVoided()) {
                PersonService.voidWithOwnEvents(register, now, reason);
            }
        }
        headless.forEach(h -> register.households().save(h));
        if (move.householdId() != null) {
            Household household = register.households().get(move.householdId());
            Household opened = read(lastUpTo(household.id(), recorded), Household.class);
            Household asOpened = new Household(household.id(), opened.version(), household.owner(),
                    household.number(), household.group(), household.address(), household.headId(),
                    household.hukouType(), opened.createdOn(), household.closedOn(), household.voidReason());
            if (!asOpened.equals(opened) || !Objects.equals(household.createdOn(), move.date())) {
                throw new RegistryException("service.eventVoid.householdChanged", household.number());
            }
            if (!household.isVoided()) {
                register.households().save(household.withVoidReason(reason));
            }
        }
    }

    /** A move out's persons are put back as they lived before it, and the household it closed opened again. */
    private void undoMoveOut(Move move, long recorded) {
        boolean closes = move.householdId() != null && move.kind() != MoveKind.FLOAT_OUT;
        List<Change> before = writtenWith(move, recorded - move.personIds().size() - (closes ? 1 : 0), recorded);
        List<Person> restored = new ArrayList<>();
        for (UUID id : move.personIds()) {
            Change made = before.stream().filter(c -> c.entityId().equals(id)).reduce((a, b) -> b)
                    .orElseThrow(() -> new RegistryException("service.eventVoid.noHistory", name(id)));
            restored.add(restore(id, made, List.of(
                    field(Person::residence, (b, p) -> b.residence(p.residence())), leftOn(move.date()),
                    beforeLeaving())));
        }
        Household reopened = null;
        if (closes) {
            Household now = register.households().get(move.householdId());
            Optional<Change> made = before.stream().filter(c -> c.entityId().equals(now.id())).reduce((a, b) -> b);
            if (made.isPresent()) {
                Household after = read(made.get(), Household.class);
                // a correction of the move's date moves the household's closing day to it, as it moves the leaving days
                LocalDate standing = after.closedOn() == null ? null : move.date();
                if (!Objects.equals(now.closedOn(), standing)) {
                    throw new RegistryException("service.eventVoid.householdChanged", now.number());
                }
                LocalDate closedBefore = register.changes().forEntity(now.id()).stream()
                        .filter(c -> c.changeId() < made.get().changeId()).reduce((a, b) -> b)
                        .map(c -> read(c, Household.class).closedOn()).orElse(null);
                reopened = now.closed(closedBefore);
            }
        }
        restored.forEach(p -> register.persons().save(p));
        if (reopened != null) {
            register.households().save(reopened);
        }
    }

    /**
     * One field of a person: how to read it, how to set it on a builder from another version, and what it holds
     * while the event stands, from the version the event's recording wrote (its value there, unless the event's
     * correction has moved it since, as a corrected date moves the leaving day).
     */
    private record Field(Function<Person, Object> read, BiFunction<Person.Builder, Person, Person.Builder> copy,
            Function<Person, Object> standing) {
    }

    private static Field field(Function<Person, Object> read, BiFunction<Person.Builder, Person, Person.Builder> copy) {
        return new Field(read, copy, read);
    }

    /** Where the person lived when the death or move-out was recorded: none again once it is voided. */
    private static Field beforeLeaving() {
        return field(Person::residenceBeforeLeaving, (b, p) -> b.residenceBeforeLeaving(p.residenceBeforeLeaving()));
    }

    /** The leaving day, which a correction of the event's date moves to that date. */
    private static Field leftOn(LocalDate eventDate) {
        return new Field(Person::leftOn, (b, p) -> b.leftOn(p.leftOn()),
                after -> after.leftOn() == null ? null : eventDate);
    }

    /**
     * The person now, with the fields as they stood before {@code made} (the change the event's recording wrote);
     * refused when any of them has changed since.
     */
    private Person restore(UUID id, Change made, List<Field> fields) {
        Person now = register.persons().get(id);
        Person after = state(made);
        Person before = register.changes().forEntity(id).stream().filter(c -> c.changeId() < made.changeId())
                .reduce((a, b) -> b).map(this::state)
                .orElseThrow(() -> new RegistryException("service.eventVoid.noHistory", now.name()));
        Person.Builder b = now.toBuilder();
        for (Field f : fields) {
            if (!Objects.equals(f.read().apply(now), f.standing().apply(after))) {
                throw new RegistryException("service.eventVoid.changedSince", now.name());
            }
            f.copy().apply(b, before);
        }
        return b.build();
    }

    private Person state(Change c) {
        return read(c, Person.class);
    }

    private static <T> T read(Change c, Class<T> type) {
        try {
            return Json.mapper().readValue(c.stateJson(), type);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The version of a record a change up to {@code changeId} wrote last. */
    private Change lastUpTo(UUID id, long changeId) {
        return register.changes().forEntity(id).stream().filter(c -> c.changeId() <= changeId).reduce((a, b) -> b)
                .orElseThrow(() -> new RegistryException("service.eventVoid.noHistory", name(id)));
    }

    private long firstChange(UUID recordId) {
        return register.changes().forEntity(recordId).stream().findFirst().map(Change::changeId)
                .orElseThrow(() -> new RegistryException("service.eventVoid.notHere"));
    }

    private Optional<Change> lastBefore(UUID personId, long changeId) {
        return register.changes().forEntity(personId).stream().filter(c -> c.changeId() < changeId)
                .reduce((a, b) -> b);
    }

    private String name(UUID personId) {
        return register.persons().find(personId).map(Person::name).orElse("");
    }
}
