package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.registration.BirthRegistration;

/**
 * Everything the sample puts in one village's register, in its final state, before it is saved.
 * Persons and households are keyed by id so a later step (a death, a move) replaces the earlier state.
 */
final class VillageRecords {
    final Division division;
    final Map<UUID, Person> persons = new LinkedHashMap<>();
    final Map<UUID, Household> households = new LinkedHashMap<>();
    final List<Couple> couples = new ArrayList<>();
    /** Persons already given an event in the window, so one person does not marry, move and die at once. */
    final Set<UUID> busy = new HashSet<>();
    final List<Birth> births = new ArrayList<>();
    final List<Death> deaths = new ArrayList<>();
    final List<Marriage> marriages = new ArrayList<>();
    final List<Move> moves = new ArrayList<>();
    final List<Pregnancy> pregnancies = new ArrayList<>();
    final List<BirthRegistration> registrations = new ArrayList<>();
    final List<ServiceVisit> visits = new ArrayList<>();
    final List<BenefitProgramme> programmes = new ArrayList<>();
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();

    VillageRecords(Division division) {
        this.division = division;
    }

    String owner() {
        return division.code().value();
    }

    void put(Person p) {
        persons.put(p.id(), p);
    }

    Person person(UUID id) {
        return persons.get(id);
    }

    /** Active persons not yet given an event in the window, in a stable order. */
    List<Person> free() {
        return persons.values().stream().filter(p -> p.isActive() && !busy.contains(p.id())).toList();
    }

    /** Children in the register by mother, oldest first; made once per step, since scanning per couple is slow. */
    Map<UUID, List<Person>> childrenByMother() {
        Map<UUID, List<Person>> index = new HashMap<>();
        for (Person p : persons.values()) {
            if (p.motherId() != null) {
                index.computeIfAbsent(p.motherId(), k -> new ArrayList<>()).add(p);
            }
        }
        index.values().forEach(l -> l.sort(Comparator.comparing(Person::birthDate)));
        return index;
    }

    /** The couple's joint children in the register, oldest first, from an index made by {@link #childrenByMother}. */
    static List<Person> jointChildren(Couple c, Map<UUID, List<Person>> byMother) {
        return byMother.getOrDefault(c.wife(), List.of()).stream()
                .filter(p -> c.husband().equals(p.fatherId())).toList();
    }

    /** A married couple of the village; children of the couple are the head's children or grandchildren. */
    record Couple(UUID husband, UUID wife, UUID household, boolean grandchildren, LocalDate married) {
    }

    /** Every record in the order it is saved: households, persons, then what refers to them. */
    int recordCount() {
        return persons.size() + households.size() + births.size() + deaths.size() + marriages.size() + moves.size()
                + pregnancies.size() + registrations.size() + visits.size() + programmes.size() + enrolments.size()
                + payments.size();
    }
}
