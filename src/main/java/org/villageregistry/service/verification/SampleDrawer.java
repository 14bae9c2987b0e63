package org.villageregistry.service.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.verification.HouseholdDraw;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledNewborn;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.domain.verification.VerificationSample;
import org.villageregistry.service.sync.KnownBirthMatch;

/**
 * Draws the sample of a verification from the township's merged register: in each village (in the order chosen)
 * the open households with at least one member in the register, drawn by {@link HouseholdDraw}; their members as
 * registered (head first, then by relation and birth date); and, when asked, the births of the 12 months before
 * the draw known from the reconciliation lists.
 */
final class SampleDrawer {
    private static final int PAGE = 2000;
    private final Register register;

    SampleDrawer(Register register) {
        this.register = register;
    }

    VerificationSample draw(Verification v) {
        Set<String> villages = Set.copyOf(v.villages());
        Map<UUID, List<Person>> members = new HashMap<>();
        // the sheet's columns (name, sex, birth date, ID number, ethnicity, relation, marital status, residence) are
        // all among the persons' facts kept in memory: no record is read whole (a township of 60,000 took 20 s)
        register.persons().forEachCounted(p -> {
            if (p.isActive() && p.householdId() != null && villages.contains(p.owner())) {
                members.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p);
            }
        });
        Map<String, List<Household>> open = openHouseholds(villages, members);
        List<SampledHousehold> households = new ArrayList<>();
        List<SampledPerson> persons = new ArrayList<>();
        for (String village : v.villages()) {
            Map<UUID, Household> byId = new HashMap<>();
            List<HouseholdDraw.Candidate> candidates = new ArrayList<>();
            for (Household h : open.getOrDefault(village, List.of())) {
                byId.put(h.id(), h);
                candidates.add(new HouseholdDraw.Candidate(h.id(), h.number() == null ? "" : h.number()));
            }
            for (HouseholdDraw.Candidate c : HouseholdDraw.draw(village, candidates, v.householdsPerVillage(), v.seed())) {
                Household h = byId.get(c.householdId());
                int number = households.size() + 1;
                List<Person> family = ordered(members.get(h.id()));
                households.add(new SampledHousehold(number, village, h.id(), h.number(), headName(h, family)));
                for (Person p : family) {
                    persons.add(new SampledPerson(persons.size() + 1, number, p.id(), village, p.name(), p.sex(),
                            p.birthDate(), p.idNumber(), p.ethnicity(), p.relation(), p.maritalStatus(),
                            p.residence()));
                }
            }
        }
        return new VerificationSample(v, households, persons, v.newborns() ? newborns(v) : List.of());
    }

    private Map<String, List<Household>> openHouseholds(Set<String> villages, Map<UUID, List<Person>> members) {
        Map<String, List<Household>> open = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Household> page = register.households().page(offset, PAGE);
            for (Household h : page) {
                if (villages.contains(h.owner()) && h.voidReason() == null && h.closedOn() == null
                        && members.containsKey(h.id())) {
                    open.computeIfAbsent(h.owner(), k -> new ArrayList<>()).add(h);
                }
            }
            if (page.size() < PAGE) {
                return open;
            }
        }
    }

    private static List<Person> ordered(List<Person> family) {
        List<Person> out = new ArrayList<>(family);
        out.sort(java.util.Comparator.comparing((Person p) -> p.relation() == null ? "99" : p.relation().code())
                .thenComparing(p -> p.birthDate() == null ? LocalDate.MAX : p.birthDate())
                .thenComparing(p -> p.id().toString()));
        return out;
    }

    private static String headName(Household h, List<Person> family) {
        return family.stream().filter(p -> p.id().equals(h.headId()) || p.relation() == RelationToHead.HEAD)
                .map(Person::name).findFirst().orElse("");
    }

    private List<SampledNewborn> newborns(Verification v) {
        List<SampledNewborn> out = new ArrayList<>();
        LocalDate from = v.drawnOn().minusYears(1);
        for (String village : v.villages()) {
            for (KnownBirth b : register.sync().feedback().knownBirths(village)) {
                if (b.bornOn().isAfter(from) && !b.bornOn().isAfter(v.drawnOn())) {
                    out.add(new SampledNewborn(out.size() + 1, village, b.childName(), b.sex(), b.bornOn(),
                            b.motherName(), b.source(), KnownBirthMatch.recorded(register, b, village)));
                }
            }
        }
        return out;
    }
}
