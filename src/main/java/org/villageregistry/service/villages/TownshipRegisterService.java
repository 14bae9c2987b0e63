package org.villageregistry.service.villages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.PersonService;

/**
 * The township's view over the villages' records it holds: per village what is there, the merged register
 * searched read-only, and persons who appear in two villages (same ID number, or same name and birth date).
 */
public final class TownshipRegisterService {
    private final Register register;
    private final PersonService persons;

    public TownshipRegisterService(Register register, PersonService persons) {
        this.register = register;
        this.persons = persons;
    }

    /**
     * The villages known here, in code order, each with its counts: the persons from their facts kept in memory
     * (the typed columns, not each record's state), the households counted by the database.
     */
    public List<VillageOverview> villages() {
        return register.transactions().read(() -> {
            Map<String, long[]> personCounts = new HashMap<>();
            Map<String, LocalDate> lastMovement = new HashMap<>();
            org.villageregistry.service.VillagesHeld.forEachCountedPerson(register, p -> {
                if (p.owner() != null) {
                    if (p.isActive()) {
                        personCounts.computeIfAbsent(p.owner(), k -> new long[1])[0]++;
                    }
                    LocalDate last = latest(p.enteredOn(), p.leftOn());
                    if (last != null) {
                        lastMovement.merge(p.owner(), last, (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            });
            Map<String, Long> householdCounts = register.households().openCountsByOwner();
            return register.divisions().stream()
                    .filter(d -> d.code().level() == DivisionLevel.VILLAGE)
                    .sorted(Comparator.comparing(d -> d.code().value()))
                    .map(d -> new VillageOverview(d, personCounts.getOrDefault(d.code().value(), new long[1])[0],
                            householdCounts.getOrDefault(d.code().value(), 0L), lastMovement.get(d.code().value())))
                    .toList();
        });
    }

    /** The same search as the people screen, over every village's records, each hit with its village. */
    public List<VillageSearchHit> search(String query, int limit) {
        Map<String, String> names = villageNames();
        return persons.search(query, limit).stream()
                .map(hit -> new VillageSearchHit(hit, names.getOrDefault(hit.person().owner(),
                        Objects.toString(hit.person().owner(), ""))))
                .toList();
    }

    /**
     * Active persons of two different villages with the same ID number, or the same name and birth date: found in
     * the persons' facts kept in memory, then each person of a pair read whole.
     */
    public List<DuplicateSuspect> duplicateSuspects() {
        Map<String, String> names = villageNames();
        return register.transactions().read(() -> {
            Map<String, List<Person>> byId = new HashMap<>();
            Map<String, List<Person>> byNameBirth = new HashMap<>();
            register.persons().forEachCounted(p -> {
                if (p.isActive() && p.owner() != null) {
                    if (p.idNumber() != null && !p.idNumber().isBlank()) {
                        byId.computeIfAbsent(p.idNumber().strip().toUpperCase(), k -> new ArrayList<>()).add(p);
                    }
                    if (p.name() != null && p.birthDate() != null) {
                        byNameBirth.computeIfAbsent(p.name().strip() + "|" + p.birthDate(), k -> new ArrayList<>())
                                .add(p);
                    }
                }
            });
            List<DuplicateSuspect> found = new ArrayList<>();
            pairs(byId, DuplicateSuspect.Kind.SAME_ID, names, found, null);
            pairs(byNameBirth, DuplicateSuspect.Kind.SAME_NAME_BIRTH, names, found, found);
            found.sort(Comparator.comparing((DuplicateSuspect d) -> d.first().name()));
            Map<java.util.UUID, Person> whole = new HashMap<>();
            return found.stream().map(d -> new DuplicateSuspect(d.kind(), whole(d.first(), whole), d.firstVillage(),
                    whole(d.second(), whole), d.secondVillage())).toList();
        });
    }

    /** The person's record as stored (the facts hold the typed columns only). */
    private Person whole(Person fact, Map<java.util.UUID, Person> read) {
        return read.computeIfAbsent(fact.id(), id -> register.persons().find(id).orElseThrow());
    }

    private static void pairs(Map<String, List<Person>> groups, DuplicateSuspect.Kind kind, Map<String, String> names,
                              List<DuplicateSuspect> found, List<DuplicateSuspect> alreadyPaired) {
        for (List<Person> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Person a = group.get(i);
                    Person b = group.get(j);
                    if (a.owner().equals(b.owner()) || (alreadyPaired != null && paired(alreadyPaired, a, b))) {
                        continue;
                    }
                    found.add(new DuplicateSuspect(kind, a, names.getOrDefault(a.owner(), a.owner()), b,
                            names.getOrDefault(b.owner(), b.owner())));
                }
            }
        }
    }

    private static boolean paired(List<DuplicateSuspect> found, Person a, Person b) {
        return found.stream().anyMatch(d -> d.first().id().equals(a.id()) && d.second().id().equals(b.id())
                || d.first().id().equals(b.id()) && d.second().id().equals(a.id()));
    }

    /** The villages' names by their codes, as the township knows them. */
    public Map<String, String> villageNames() {
        Map<String, String> names = new HashMap<>();
        register.transactions().read(() -> register.divisions())
                .forEach(d -> names.put(d.code().value(), d.name()));
        return names;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
