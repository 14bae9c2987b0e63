package org.villageregistry.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.household.GenerationGap;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.PopulationBalance;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.MaritalStatusRules;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.quality.QualityCounts;
import org.villageregistry.domain.quality.RecordCompleteness;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

/**
 * The data-quality check: incomplete records, invalid ID numbers, suspected duplicates (same ID number, or same
 * name and birth date), marital-status gaps, children less than 12 years younger than a parent in their household
 * ({@link GenerationGap}), and whether this month's population balance adds up.
 */
public final class QualityCheckService {
    private final Register register;
    private final Clock clock;

    public QualityCheckService(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** The findings of every village held here, each village's computed as the village computes its own. */
    public List<Finding> findings() {
        LocalDate today = LocalDate.now(clock);
        return register.transactions().read(() -> {
            VillagesHeld villages = new VillagesHeld(register);
            List<Finding> findings = new ArrayList<>();
            Map<String, List<Person>> byId = new LinkedHashMap<>();
            Map<String, List<Person>> byNameAndBirth = new LinkedHashMap<>();
            Map<UUID, List<Person>> byHousehold = new LinkedHashMap<>();
            Map<UUID, List<Person>> deadPartners = new LinkedHashMap<>();
            VillagesHeld.forEachCountedPerson(register, p -> {
                if (!p.isActive()) {
                    if (p.residence() == ResidenceStatus.DEAD && p.householdId() != null
                            && (p.relation() == RelationToHead.HEAD || p.relation() == RelationToHead.SPOUSE)) {
                        deadPartners.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p);
                    }
                    return;
                }
                String village = villages.name(p.owner());
                personFindings(p, today, village, findings);
                if (p.householdId() != null) {
                    byHousehold.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p);
                }
                QualityCounts.idKey(p).ifPresent(k -> byId.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
                QualityCounts.nameBirthKey(p).ifPresent(k -> byNameAndBirth.computeIfAbsent(k,
                        x -> new ArrayList<>()).add(p));
            });
            duplicates(byId, byNameAndBirth, villages, findings);
            byHousehold.values().forEach(members -> generationGaps(members, villages, findings));
            byHousehold.forEach((household, members) -> headless(household, members, villages, findings));
            deadPartners.forEach((household, dead) -> widowed(byHousehold.getOrDefault(household, List.of()), dead,
                    villages, findings));
            balances(villages, today, findings);
            findings.sort(Comparator.comparing(Finding::kind));
            return findings;
        });
    }

    private static void personFindings(Person p, LocalDate today, String village, List<Finding> findings) {
        List<String> missing = RecordCompleteness.missingFields(p, today);
        if (!missing.isEmpty()) {
            findings.add(new Finding(Finding.Kind.INCOMPLETE, p.id(), p.name(), Messages.get(
                    "service.quality.incomplete", p.name(), missing.stream()
                            .map(f -> Messages.get("service.quality.field." + f)).collect(Collectors.joining("、"))),
                    village, missing.get(0)));
        }
        if (p.idNumber() != null && !p.idNumber().isBlank()) {
            List<Problem> idProblems = IdNumber.check(p.idNumber(), p.sex(), p.birthDate(), today).stream()
                    .filter(Problem::isError).toList();
            if (!idProblems.isEmpty()) {
                findings.add(new Finding(Finding.Kind.INVALID_ID, p.id(), p.name(), Messages.get(
                        "service.quality.invalidId", p.name(),
                        idProblems.stream().map(Problem::message).collect(Collectors.joining("；"))), village));
            }
        }
        for (Problem marital : Plausibility.person(p, today)) {
            if (!missing.contains(marital.field())) {
                findings.add(new Finding(Finding.Kind.MARITAL, p.id(), p.name(), marital.message(), village,
                        marital.field() == null ? Finding.Kind.MARITAL.field() : marital.field()));
            }
        }
    }

    /** Duplicates within one village (keys begin with the owner); across villages is the township's own list. */
    private static void duplicates(Map<String, List<Person>> byId, Map<String, List<Person>> byNameAndBirth,
                                   VillagesHeld villages, List<Finding> findings) {
        byId.forEach((key, holders) -> {
            String id = key.substring(key.indexOf('|') + 1);
            for (int i = 1; i < holders.size(); i++) {
                Person p = holders.get(i);
                findings.add(new Finding(Finding.Kind.DUPLICATE_ID, p.id(), p.name(), Messages.get(
                        "service.quality.sameId", p.name(), holders.get(0).name(), IdNumber.mask(id)),
                        villages.name(p.owner())));
            }
        });
        byNameAndBirth.values().stream().filter(same -> same.size() > 1).forEach(same -> {
            Person p = same.get(0);
            findings.add(new Finding(Finding.Kind.DUPLICATE_NAME_BIRTH, p.id(), p.name(), Messages.get(
                    "service.quality.sameNameBirth", p.name(), same.size(), p.birthDate()),
                    villages.name(p.owner())));
        });
    }

    private static void generationGaps(List<Person> members, VillagesHeld villages, List<Finding> findings) {
        for (GenerationGap.TooClose pair : GenerationGap.find(members)) {
            Person child = pair.child();
            Person parent = pair.parent();
            findings.add(new Finding(Finding.Kind.GENERATION_GAP, child.id(), child.name(), Messages.get(
                    "service.quality.generationGap", child.name(), child.relation().label(), child.birthDate(),
                    parent.name(), parent.relation().label(), parent.birthDate(), GenerationGap.MIN_YEARS),
                    villages.name(child.owner())));
        }
    }

    /**
     * A household whose members in the register have no head (the head died or moved out, or none was recorded):
     * found on the member most likely to head it (the spouse, else the eldest), where 与户主关系 is corrected.
     */
    private void headless(UUID household, List<Person> members, VillagesHeld villages, List<Finding> findings) {
        if (members.stream().anyMatch(p -> p.relation() == RelationToHead.HEAD)) {
            return;
        }
        Person next = members.stream().min(Comparator.comparing((Person p) -> p.relation() != RelationToHead.SPOUSE)
                .thenComparing(Person::birthDate, Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
        String number = register.households().find(household).map(h -> h.number()).orElse("");
        findings.add(new Finding(Finding.Kind.NO_HEAD, next.id(), next.name(), Messages.get(
                "service.quality.noHead", number, members.size(), next.name()), villages.name(next.owner())));
    }

    /**
     * The head's spouse in the household (or the spouse's head) died and the survivor is still recorded as married:
     * 丧偶 unless they have married again, which the register cannot know without a marriage record (a recorded
     * marriage makes the death set it, DeathService). A reminder at the survivor's 婚姻状况, never a change.
     */
    private static void widowed(List<Person> members, List<Person> dead, VillagesHeld villages,
                                List<Finding> findings) {
        for (Person partner : dead) {
            RelationToHead survivorRelation = partner.relation() == RelationToHead.HEAD ? RelationToHead.SPOUSE
                    : RelationToHead.HEAD;
            if (survivorRelation == RelationToHead.HEAD
                    && members.stream().anyMatch(p -> p.relation() == RelationToHead.SPOUSE)) {
                continue;   // the head has a spouse in the register now: married again
            }
            members.stream()
                    .filter(p -> p.relation() == survivorRelation && MaritalStatusRules.isMarried(p.maritalStatus()))
                    .forEach(p -> findings.add(new Finding(Finding.Kind.MARITAL, p.id(), p.name(), Messages.get(
                            "service.quality.partnerDied", p.name(), partner.name(), p.maritalStatus().label()),
                            villages.name(p.owner()))));
        }
    }

    /** Whether each village's month so far adds up: end = start + births + moves in − deaths − moves out. */
    private void balances(VillagesHeld villages, LocalDate today, List<Finding> findings) {
        Period month = Period.month(YearMonth.from(today));
        Map<String, PopulationBalance> balances = new StatisticsService(register).balances(
                register.workstation().division().value(), villages.all().keySet(), month);
        villages.all().forEach((code, name) -> {
            PopulationBalance b = balances.get(code);
            if (!b.balanced()) {
                findings.add(new Finding(Finding.Kind.BALANCE, null, name, Messages.get("service.quality.balance",
                        name, month.text(), b.start(), b.births(), b.movesIn(), b.deaths(), b.movesOut(),
                        b.expectedEnd(), b.end()), villages.name(code)));
            }
        });
    }
}
