package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.PregnancyOutcome;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.sample.VillageRecords.Couple;

/**
 * Births and deaths of the three-year window. Births come to married couples by the wife's age and the
 * children they already have (orders 1–3, about 1.5% twins, sex ratio near 110); deaths by age.
 */
final class VillageVitalEvents extends VillageSampler {
    /** Chance that a birth is a boy: 110 boys per 100 girls. */
    static final double MALE_SHARE = 110.0 / 210.0;

    private int boys;
    private int girls;

    VillageVitalEvents(VillageRecords village, SampleRandom random, SampleNames names, SampleIdNumbers ids,
                       SampleCalendar calendar) {
        super(village, random, names, ids, calendar);
    }

    void births() {
        Map<UUID, List<Person>> byMother = village.childrenByMother();
        for (Couple c : new ArrayList<>(village.couples)) {
            Person wife = village.person(c.wife());
            Person husband = village.person(c.husband());
            if (!wife.isActive() || !husband.isActive()) {
                continue;
            }
            List<Person> kids = VillageRecords.jointChildren(c, byMother);
            int had = kids.size();
            LocalDate earliest = latest(calendar.windowStart(), c.married().plusDays(300),
                    had == 0 ? calendar.windowStart() : kids.get(had - 1).birthDate().plusDays(540));
            int age = wife.ageOn(earliest);
            double chance = had == 0 ? 0.45 : had == 1 ? 0.16 : had == 2 ? 0.04 : 0;
            if (age < 20 || age > 42 || earliest.isAfter(calendar.lastEventDay())) {
                continue;
            }
            if (random.chance(age > 36 ? chance / 4 : chance)) {
                village.busy.add(wife.id());
                village.busy.add(husband.id());
                birth(c, random.day(earliest, calendar.lastEventDay()), had + 1);
            }
        }
    }

    private void birth(Couple c, LocalDate day, int order) {
        Person mother = village.person(c.wife());
        Person father = village.person(c.husband());
        boolean twins = order <= 2 && random.chance(0.015);
        int weeks = twins ? random.between(34, 37) : random.between(37, 41);
        LocalDate lmp = day.minusDays(weeks * 7L + random.between(0, 6));
        Pregnancy pregnancy = new Pregnancy(random.uuid(), 0, village.owner(), mother.id(), lmp, lmp.plusDays(280),
                PregnancyOutcome.LIVE_BIRTH, day, null);
        village.pregnancies.add(pregnancy);
        LocalDateTime at = day.atTime(LocalTime.of(random.between(0, 23), random.between(0, 59)));
        BirthPlace place = random.chance(0.97) ? BirthPlace.HOSPITAL : BirthPlace.HOME;
        for (int i = 0; i < (twins ? 2 : 1); i++) {
            Sex sex = nextSex();
            Household home = village.households.get(c.household());
            RelationToHead relation = c.grandchildren() ? RelationToHead.GRANDCHILD
                    : sex == Sex.MALE ? RelationToHead.SON : RelationToHead.DAUGHTER;
            Person child = Person.builder().id(random.uuid()).owner(village.owner())
                    .name(names.fullName(father.name().substring(0, 1), sex)).sex(sex).birthDate(day)
                    .idNumber(random.chance(0.4) ? ids.issue(VillagePopulation.HOME_COUNTY, day, sex) : null)
                    .ethnicity(father.ethnicity()).hukouType(home.hukouType())
                    .residence(mother.residence() == ResidenceStatus.AWAY ? ResidenceStatus.AWAY
                            : ResidenceStatus.RESIDENT)
                    .householdId(home.id()).relation(relation).motherId(mother.id()).fatherId(father.id())
                    .enteredOn(day).build();
            village.put(child);
            village.busy.add(child.id());
            int weight = twins ? random.between(1900, 2900) : random.between(2600, 4200);
            String certificate = (char) ('M' + random.between(0, 12)) + String.format("%09d",
                    random.between(0, 999_999_999));
            EventSource source = random.chance(0.8) ? EventSource.HOSPITAL : EventSource.SELF_REPORT;
            village.births.add(new Birth(random.uuid(), 0, village.owner(), child.id(), mother.id(), father.id(),
                    at.plusMinutes(i * 12L), sex, order + i, place, weight, weeks,
                    place == BirthPlace.HOSPITAL ? certificate : null, "良好",
                    SampleEvents.recorded(random, day, calendar, source), null));
        }
    }

    /**
     * Draws a child's sex, leaning a little against the village's running difference from the natural share,
     * so that even a small village's births show a plausible sex ratio.
     */
    private Sex nextSex() {
        double expectedBoys = MALE_SHARE * (boys + girls);
        double lean = (boys + girls) == 0 ? 0 : (expectedBoys - boys) / (boys + girls + 4.0);
        boolean boy = random.chance(Math.max(0.2, Math.min(0.8, MALE_SHARE + lean)));
        if (boy) {
            boys++;
        } else {
            girls++;
        }
        return boy ? Sex.MALE : Sex.FEMALE;
    }

    void deaths() {
        Map<UUID, Integer> living = new HashMap<>();
        village.persons.values().stream().filter(p -> p.isActive() && p.householdId() != null)
                .forEach(p -> living.merge(p.householdId(), 1, Integer::sum));
        for (Person p : village.free()) {
            if (p.enteredOn().isAfter(calendar.setUp())) {
                continue;
            }
            double yearly = mortality(p.ageOn(calendar.windowStart()));
            if (random.chance(1 - Math.pow(1 - yearly, 3))) {
                die(p, random.day(calendar.windowStart(), calendar.lastEventDay()), living);
            }
        }
    }

    /** Yearly chance of dying at an age, roughly as in rural China. */
    private static double mortality(int age) {
        if (age < 40) {
            return 0.0008;
        }
        if (age < 60) {
            return 0.004;
        }
        if (age < 70) {
            return 0.012;
        }
        if (age < 80) {
            return 0.035;
        }
        return age < 90 ? 0.09 : 0.2;
    }

    private void die(Person p, LocalDate day, Map<UUID, Integer> living) {
        village.busy.add(p.id());
        int age = p.ageOn(day);
        DeathCause cause = age >= 80 ? DeathCause.AGE : random.chance(0.85) ? DeathCause.DISEASE : DeathCause.INJURY;
        village.deaths.add(new Death(random.uuid(), 0, village.owner(), p.id(), day,
                random.chance(0.6) ? "家中" : "医院", cause,
                SampleEvents.recorded(random, day, calendar, EventSource.SELF_REPORT), null));
        village.put(p.toBuilder().residence(ResidenceStatus.DEAD).leftOn(day).residenceBeforeLeaving(p.residence())
                .build());
        for (Couple c : village.couples) {
            Person spouse = c.husband().equals(p.id()) ? village.person(c.wife())
                    : c.wife().equals(p.id()) ? village.person(c.husband()) : null;
            if (spouse != null && spouse.isActive()) {
                Person.Builder widowed = spouse.toBuilder().maritalStatus(MaritalStatus.WIDOWED);
                if (p.relation() == RelationToHead.HEAD && p.householdId().equals(spouse.householdId())) {
                    widowed.relation(RelationToHead.HEAD);
                    village.households.computeIfPresent(p.householdId(), (k, h) -> h.withHead(spouse.id()));
                }
                village.put(widowed.build());
            }
        }
        if (living.merge(p.householdId(), -1, Integer::sum) == 0) {
            village.households.computeIfPresent(p.householdId(), (k, h) -> h.closed(day));
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b, LocalDate c) {
        LocalDate m = a.isAfter(b) ? a : b;
        return m.isAfter(c) ? m : c;
    }
}
