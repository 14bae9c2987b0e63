package org.villageregistry.service;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.NotFoundException;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;

/** Registering households with their members and showing them. */
public final class HouseholdService {
    private final Register register;
    private final Clock clock;
    private final PersonChecks checks;

    public HouseholdService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.checks = new PersonChecks(register);
    }

    /** The next free household number of this village, e.g. "0143". */
    public String nextNumber() {
        return register.transactions().read(() -> register.households().nextNumber(owner()));
    }

    /**
     * Registers a household and all its members in one transaction: either all are saved or none. The first
     * member must be the head. Every problem of every member is reported at once.
     */
    public HouseholdFile add(NewHousehold draft) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            List<Problem> problems = new ArrayList<>(structureProblems(draft));
            String number = draft.number() == null || draft.number().isBlank()
                    ? register.households().nextNumber(owner()) : draft.number().strip();
            if (register.households().findByNumber(owner(), number).isPresent()) {
                problems.add(Problem.error("number", "service.household.numberTaken", number));
            }
            LocalDate createdOn = draft.createdOn() == null ? today : draft.createdOn();
            UUID householdId = UUID.randomUUID();
            List<Person> members = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Person m : draft.members()) {
                Person member = PersonChecks.normalised(m).toBuilder().version(0).owner(owner()).householdId(householdId)
                        .hukouType(m.hukouType() == null ? draft.hukouType() : m.hukouType()).build();
                problems.addAll(checks.problems(member, today, ids));
                if (member.idNumber() != null && !member.idNumber().isBlank()) {
                    ids.add(member.idNumber());
                }
                members.add(member);
            }
            PersonChecks.refuseErrors(problems);
            Household household = register.households().save(new Household(householdId, 0, owner(), number,
                    draft.group(), draft.address(), members.get(0).id(), draft.hukouType(), createdOn, null, null));
            List<Person> saved = members.stream().map(p -> register.persons().save(p)).toList();
            return new HouseholdFile(household, saved);
        });
    }

    /**
     * Splits a household (分户) in one transaction: the leaving members form a new household with the next free
     * number and the chosen head; the old household keeps its head and the rest. Returns the new household.
     */
    public HouseholdFile split(HouseholdSplit split) {
        Permissions.require(register, Permission.EDIT_REGISTER);
        LocalDate today = LocalDate.now(clock);
        return register.transactions().write(() -> {
            Household old = register.households().get(split.householdId());
            List<Person> members = register.persons().members(old.id());
            List<Problem> problems = splitProblems(split, old, members);
            PersonChecks.refuseErrors(problems);
            String number = register.households().nextNumber(owner());
            UUID newId = UUID.randomUUID();
            String address = split.address() == null || split.address().isBlank() ? old.address()
                    : split.address().strip();
            Household created = register.households().save(new Household(newId, 0, owner(), number, old.group(),
                    address, split.newHeadId(), old.hukouType(), today, null, null));
            List<Person> moved = new ArrayList<>();
            for (Person p : members) {
                if (split.leavingMemberIds().contains(p.id())) {
                    RelationToHead relation = p.id().equals(split.newHeadId()) ? RelationToHead.HEAD
                            : split.relationsToNewHead().getOrDefault(p.id(), RelationToHead.OTHER);
                    moved.add(register.persons().save(p.toBuilder().householdId(newId).relation(relation).build()));
                }
            }
            return new HouseholdFile(created, moved.stream()
                    .sorted(Comparator.comparing((Person p) -> p.relation() != RelationToHead.HEAD)).toList());
        });
    }

    private static List<Problem> splitProblems(HouseholdSplit split, Household old, List<Person> members) {
        List<Problem> problems = new ArrayList<>();
        Set<UUID> memberIds = new HashSet<>();
        members.stream().filter(Person::isActive).forEach(p -> memberIds.add(p.id()));
        if (split.leavingMemberIds().isEmpty()) {
            problems.add(Problem.error("members", "service.household.split.nobody"));
        }
        for (UUID id : split.leavingMemberIds()) {
            if (!memberIds.contains(id)) {
                problems.add(Problem.error("members", "service.household.split.notMember", old.number()));
            }
        }
        if (split.leavingMemberIds().contains(old.headId())) {
            problems.add(Problem.error("members", "service.household.split.headStays"));
        }
        if (split.newHeadId() == null || !split.leavingMemberIds().contains(split.newHeadId())) {
            problems.add(Problem.error("newHead", "service.household.split.newHead"));
        }
        return problems;
    }

    /** Households in number order for a list that pages, each with its head's name and member count. */
    public List<HouseholdSummary> page(int offset, int limit) {
        return register.transactions().read(() -> register.households().page(offset, limit).stream()
                .map(this::summary).toList());
    }

    public long count() {
        return register.transactions().read(() -> register.households().count());
    }

    /** The households neither voided nor closed (注销): those 各村 and the statistics count. */
    public long openCount() {
        return register.transactions().read(() -> register.households().openCountsByOwner().values().stream()
                .mapToLong(Long::longValue).sum());
    }

    /**
     * Households whose number starts with the query, then those of heads (or other members) the person search
     * finds by name, pinyin or ID; each household once, voided ones left out.
     */
    public List<HouseholdSummary> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new RegistryException("service.search.empty");
        }
        return register.transactions().read(() -> {
            Map<UUID, Household> found = new LinkedHashMap<>();
            register.households().findByNumber(owner(), q).ifPresent(h -> found.put(h.id(), h));
            for (PersonHit hit : register.persons().search(q, limit * 3)) {
                UUID householdId = hit.person().householdId();
                if (householdId != null && found.size() < limit && !found.containsKey(householdId)) {
                    register.households().find(householdId).ifPresent(h -> found.put(h.id(), h));
                }
            }
            return found.values().stream().filter(h -> !h.isVoided()).map(this::summary).toList();
        });
    }

    private HouseholdSummary summary(Household household) {
        List<Person> members = register.persons().members(household.id());
        String head = members.stream().filter(p -> p.id().equals(household.headId())).map(Person::name)
                .findFirst().orElse("");
        return new HouseholdSummary(household, head, (int) members.stream().filter(Person::isActive).count());
    }

    /** A household by its number in this village, with its members. */
    public HouseholdFile show(String number) {
        return register.transactions().read(() -> {
            Household household = register.households().findByNumber(owner(), number.strip())
                    .orElseThrow(() -> new NotFoundException("service.household.notFound", number));
            return new HouseholdFile(household, membersHeadFirst(household));
        });
    }

    public HouseholdFile show(UUID id) {
        return register.transactions().read(() -> {
            Household household = register.households().get(id);
            return new HouseholdFile(household, membersHeadFirst(household));
        });
    }

    private List<Person> membersHeadFirst(Household household) {
        return register.persons().members(household.id()).stream()
                .sorted(Comparator.comparing((Person p) -> !p.id().equals(household.headId()))
                        .thenComparing(p -> p.relation() == null ? "99" : p.relation().code())
                        .thenComparing(Person::birthDate))
                .toList();
    }

    private static List<Problem> structureProblems(NewHousehold draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.members().isEmpty()) {
            throw new RegistryException("service.household.noMembers");
        }
        if (draft.members().get(0).relation() != RelationToHead.HEAD) {
            problems.add(Problem.error("relation", "service.household.headFirst", draft.members().get(0).name()));
        }
        long heads = draft.members().stream().filter(m -> m.relation() == RelationToHead.HEAD).count();
        if (heads > 1) {
            problems.add(Problem.error("relation", "service.household.oneHead", heads));
        }
        return problems;
    }

    private String owner() {
        return register.workstation().division().value();
    }
}
