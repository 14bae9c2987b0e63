package org.villageregistry.service;

import org.villageregistry.domain.person.RelationToHead;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.IdentityFields;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.NotFoundException;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.text.StaleRecordException;

/** Registering, correcting, voiding and looking up persons. */
public final class PersonService {
    private final Register register;
    private final Clock clock;
    private final PersonChecks checks;
    private final RelationChecks relations;

    public PersonService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.checks = new PersonChecks(register);
        this.relations = new RelationChecks(register);
    }

    /**
     * Registers a new person (version 0). The owner defaults to this workstation's division. Without an entry
     * day the person counts as in the register since birth (building the register from existing records);
     * arrivals and births come through their events, which set the entry day. Refused with every problem at once when a rule says no; nothing is written then.
     */
    public Person register(Person draft) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        Person person = PersonChecks.normalised(draft).toBuilder()
                .version(0)
                .owner(draft.owner() == null ? register.workstation().division().value() : draft.owner())
                .build();
        return register.transactions().write(() -> {
            PersonChecks.refuseErrors(checks.problems(person, today, Set.of()));
            return register.persons().save(person);
        });
    }

    /**
     * Saves a corrected person that keeps who it is (ID number, name, sex and birth date unchanged); for those
     * use {@link #correct}. {@code changed.version()} must be the version that was read; if someone saved the
     * person since, the change is refused and nothing is lost silently.
     */
    public Person update(Person changed) {
        return correct(changed, null);
    }

    /**
     * Saves a correction of any field of a person with the rules of registering one. Correcting an identity
     * field ({@link IdentityFields}) needs a reason; the audit log then keeps which fields and why (never the
     * values), and the change log carries the corrected record in the next bundle as every save does.
     * {@code changed.version()} must be the version that was read: a save since then refuses this one. A person
     * saved unchanged is returned as stored, with no new version (nothing for the township).
     */
    public Person correct(Person changed, CorrectionReason reason) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            Person stored = register.persons().get(changed.id());
            if (stored.version() != changed.version()) {
                throw new StaleRecordException(Messages.get("service.entity.person"), changed.version(),
                        stored.version());
            }
            if (stored.isVoided()) {
                throw new RegistryException("service.person.voided", stored.name());
            }
            Person person = PersonChecks.normalised(changed);
            if (person.equals(stored)) {
                // nothing changed (the form saved as it was opened): no new version, nothing for the township
                return stored;
            }
            List<Problem> problems = new ArrayList<>(checks.problems(person, stored, today, Set.of()));
            problems.addAll(relations.problems(stored, person));
            List<String> identity = IdentityFields.changed(stored, person);
            if (!identity.isEmpty() && reason == null) {
                problems.add(Problem.error("reason", "service.person.correctionReasonMissing", identity.stream()
                        .map(f -> Messages.get("service.person.field." + f)).collect(Collectors.joining("、"))));
            }
            PersonChecks.refuseErrors(problems);
            Person saved = register.persons().save(person);
            relations.headsHousehold(saved);
            if (!identity.isEmpty()) {
                register.audit().append(AuditAction.IDENTITY_CORRECTED, EntityType.PERSON, saved.id(),
                        "fields=" + String.join(",", identity) + ";reason=" + reason.name());
            }
            return saved;
        });
    }

    /**
     * Fills a person's 初婚日期 from a marriage date the registrar confirmed (e.g. typed in a 生育登记), with the
     * rules of any correction. A date already in the record is kept: refused with what it is.
     */
    public Person fillFirstMarriage(UUID id, LocalDate date) {
        Person stored = register.transactions().read(() -> register.persons().get(id));
        if (stored.firstMarriageDate() != null) {
            throw new RegistryException("service.person.firstMarriageKept", stored.name(),
                    stored.firstMarriageDate().toString());
        }
        return update(stored.toBuilder().firstMarriageDate(date).build());
    }

    /**
     * After a person became head of the household (与户主关系 set to 户主): the others of the household, with their
     * relation as it stands, which was given to the head before and may now be wrong (the old head's parent is the
     * new head's parent-in-law …). "陈晓红（父母）", in the household's order; empty when nothing changed so.
     */
    public List<String> relationsToReview(Person before, Person saved) {
        if (saved.householdId() == null || saved.relation() != RelationToHead.HEAD
                || before.relation() == RelationToHead.HEAD) {
            return List.of();
        }
        return register.transactions().read(() -> register.persons().members(saved.householdId()).stream()
                .filter(p -> !p.id().equals(saved.id()) && p.isActive() && p.relation() != null)
                .map(p -> Messages.get("people.headChanged.member", p.name(), p.relation().label()))
                .toList());
    }

    /** Voids a person entered by mistake (e.g. 重档); the record stays, marked with the reason. */
    public Person voidPerson(UUID id, String reason) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        if (reason == null || reason.isBlank()) {
            throw new RegistryException("service.void.reasonMissing");
        }
        return register.transactions().write(() -> {
            Person stored = register.persons().get(id);
            if (stored.isVoided()) {
                throw new RegistryException("service.person.voided", stored.name());
            }
            return voidWithOwnEvents(register, stored, reason.strip());
        });
    }

    /**
     * Voids a person with their own birth and death, which were recorded about a person who is not there (a
     * duplicate child's birth would otherwise still count in its mother's 孩次). Inside the caller's write.
     */
    static Person voidWithOwnEvents(Register register, Person stored, String reason) {
        register.births().byChild(stored.id()).filter(b -> !b.isVoided()).ifPresent(b -> {
            register.births().save(b.withVoidReason(reason));
            PregnancyOutcomes.reopenedByVoidedBirth(register, b);
        });
        register.deaths().byPerson(stored.id()).filter(d -> !d.isVoided())
                .ifPresent(d -> register.deaths().save(d.withVoidReason(reason)));
        return register.persons().save(stored.withVoidReason(reason));
    }

    public Optional<Person> find(UUID id) {
        return register.transactions().read(() -> register.persons().find(id));
    }

    /** Search by name, pinyin, initials, ID number (whole or last digits) or household number, best first. */
    public List<PersonHit> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            throw new RegistryException("service.search.empty");
        }
        return register.transactions().read(() -> register.persons().search(query.strip(), limit));
    }

    /** Persons in household order for a list that pages, each with the number of their household. */
    public List<PersonLine> page(int offset, int limit) {
        return register.transactions().read(() -> {
            Map<UUID, String> numbers = new HashMap<>();
            return register.persons().page(offset, limit).stream().map(p -> new PersonLine(p,
                    p.householdId() == null ? "" : numbers.computeIfAbsent(p.householdId(), h -> register.households()
                            .find(h).map(Household::number).orElse("")))).toList();
        });
    }

    public long count() {
        return register.transactions().read(() -> register.persons().count());
    }

    /**
     * Finds the one person a registrar means by a reference: a record id, an ID number, or a search that has
     * exactly one best match. Several equally good matches are refused with a request to be more precise.
     */
    public Person resolve(String reference) {
        String ref = reference == null ? "" : reference.strip();
        Optional<UUID> uuid = parseUuid(ref);
        if (uuid.isPresent()) {
            return register.transactions().read(() -> register.persons().get(uuid.get()));
        }
        List<PersonHit> hits = search(ref, 20);
        if (hits.isEmpty()) {
            throw new NotFoundException("service.person.notFound", ref);
        }
        PersonHit best = hits.get(0);
        long equallyGood = hits.stream().filter(h -> h.match() == best.match()).count();
        if (equallyGood > 1) {
            // which they are, so the registrar can say the one she means by household or ID number
            String who = hits.stream().filter(h -> h.match() == best.match()).limit(10)
                    .map(h -> Messages.get("service.person.candidate", h.person().name(),
                            h.householdNumber() == null ? "—" : h.householdNumber(),
                            h.person().birthDate() == null ? "—" : h.person().birthDate().toString()))
                    .collect(Collectors.joining("、"));
            throw new RegistryException("service.person.ambiguous", ref, equallyGood, who);
        }
        return best.person();
    }

    /**
     * The person with household and timeline: births, deaths, marriages, moves, service visits, benefits and
     * every change to the record (who, when).
     */
    public PersonFile show(UUID id) {
        return register.transactions().read(() -> {
            Person person = register.persons().get(id);
            Optional<Household> household = Optional.ofNullable(person.householdId())
                    .flatMap(h -> register.households().find(h));
            return new PersonFile(person, household, new PersonTimeline(register, clock).of(id));
        });
    }

    /** The full ID number of a person for the screen; the audit log notes who saw it. Empty if none is known. */
    public Optional<String> revealIdNumber(UUID id) {
        Permissions.require(register, Permission.VIEW_PROTECTED);
        return reveal(id, AuditAction.ID_REVEAL, Person::idNumber);
    }

    /** The full phone number of a person for the screen; the audit log notes who saw it. */
    public Optional<String> revealPhone(UUID id) {
        Permissions.require(register, Permission.VIEW_PROTECTED);
        return reveal(id, AuditAction.PHONE_REVEAL, Person::phone);
    }

    private Optional<String> reveal(UUID id, AuditAction action, Function<Person, String> field) {
        return register.transactions().write(() -> {
            Person person = register.persons().get(id);
            String value = field.apply(person);
            if (value == null || value.isBlank()) {
                return Optional.<String>empty();
            }
            register.audit().append(action, EntityType.PERSON, id, null);
            return Optional.of(value);
        });
    }

    private static Optional<UUID> parseUuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
