package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.sample.VillageRecords.Couple;

/**
 * Marriages and moves of the window: brides marrying in (with their hukou move), daughters marrying out,
 * students leaving, workers leaving and returning, incoming workers arriving and leaving.
 */
final class VillageMoves extends VillageSampler {
    VillageMoves(VillageRecords village, SampleRandom random, SampleNames names, SampleIdNumbers ids,
                 SampleCalendar calendar) {
        super(village, random, names, ids, calendar);
    }

    void marriages() {
        LocalDate start = calendar.windowStart();
        for (Person p : village.free()) {
            int age = p.ageOn(start);
            if (p.maritalStatus() != MaritalStatus.UNMARRIED || p.residence() == ResidenceStatus.INCOMING) {
                continue;
            }
            if (p.sex() == Sex.MALE && age >= 23 && age <= 34 && random.chance(0.3)) {
                brideMarriesIn(p, random.day(start, calendar.lastEventDay().minusDays(30)));
            } else if (p.sex() == Sex.FEMALE && age >= 21 && age <= 30 && random.chance(0.2)) {
                marriesOut(p, random.day(start, calendar.lastEventDay().minusDays(30)));
            }
        }
    }

    private void brideMarriesIn(Person husband, LocalDate married) {
        LocalDate born = husband.birthDate().plusDays(random.between(-700, 1500));
        if (born.plusYears(20).isAfter(married)) {
            born = married.minusYears(20).minusDays(random.between(1, 900));
        }
        LocalDate arrived = married.plusDays(random.between(0, 25));
        RelationToHead relation = husband.relation() == RelationToHead.HEAD ? RelationToHead.SPOUSE
                : RelationToHead.OTHER;
        Household home = village.households.get(husband.householdId());
        Person wife = Person.builder().id(random.uuid()).owner(village.owner())
                .name(names.fullName(names.outsideSurname(), Sex.FEMALE)).sex(Sex.FEMALE).birthDate(born)
                .idNumber(ids.issue(VillagePopulation.OUTSIDE_COUNTY, born, Sex.FEMALE))
                .ethnicity(random.chance(0.97) ? Ethnicity.HAN : Ethnicity.HUI).hukouType(home.hukouType())
                .residence(husband.residence()).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(married).householdId(home.id()).relation(relation).enteredOn(arrived).build();
        village.put(wife);
        village.put(husband.toBuilder().maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married)
                .build());
        village.busy.add(husband.id());
        village.marriages.add(new Marriage(random.uuid(), 0, village.owner(), MarriageKind.MARRIAGE, husband.id(),
                wife.id(), null, null, married, SampleEvents.marriageCertificate(random, married),
                SampleEvents.recorded(random, married, calendar, EventSource.SELF_REPORT), null));
        move(MoveKind.HUKOU_IN, List.of(wife.id()), null, arrived, SampleEvents.outsideVillage(random),
                village.owner(), "外县", MoveReason.MARRIAGE);
        village.couples.add(new Couple(husband.id(), wife.id(), home.id(),
                relation == RelationToHead.OTHER, married));
    }

    private void marriesOut(Person bride, LocalDate married) {
        LocalDate husbandBorn = bride.birthDate().minusDays(random.between(-300, 1500));
        if (husbandBorn.plusYears(22).isAfter(married)) {
            husbandBorn = married.minusYears(22).minusDays(random.between(1, 900));
        }
        village.busy.add(bride.id());
        village.marriages.add(new Marriage(random.uuid(), 0, village.owner(), MarriageKind.MARRIAGE, null,
                bride.id(), names.fullName(names.outsideSurname(), Sex.MALE),
                ids.issue(VillagePopulation.OUTSIDE_COUNTY, husbandBorn, Sex.MALE), married,
                SampleEvents.marriageCertificate(random, married),
                SampleEvents.recorded(random, married, calendar, EventSource.SELF_REPORT), null));
        LocalDate left = married.plusDays(random.between(0, 25));
        village.put(bride.toBuilder().maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married)
.residence(ResidenceStatus.MOVED_OUT).leftOn(left).residenceBeforeLeaving(bride.residence()).build());
        move(MoveKind.HUKOU_OUT, List.of(bride.id()), null, left, village.owner(),
                SampleEvents.outsideVillage(random), "外县", MoveReason.MARRIAGE);
    }

    void moves() {
        LocalDate start = calendar.windowStart();
        for (Person p : village.free()) {
            int age = p.ageOn(start);
            LocalDate day = random.day(start, calendar.lastEventDay());
            if (age >= 17 && age <= 19 && p.residence() != ResidenceStatus.INCOMING && random.chance(0.25)) {
                leave(p, MoveKind.HUKOU_OUT, day, null, "省城高校", MoveReason.STUDY);
            } else if (age >= 18 && age <= 45 && p.residence() == ResidenceStatus.RESIDENT && random.chance(0.06)) {
                relocate(p, MoveKind.FLOAT_OUT, ResidenceStatus.AWAY, day, "外省务工");
            } else if (age >= 22 && age <= 50 && p.residence() == ResidenceStatus.AWAY && random.chance(0.08)) {
                relocate(p, MoveKind.RETURN, ResidenceStatus.RESIDENT, day, "返乡");
            }
        }
        incomingHouseholdsLeave();
        incomingFamilyArrives();
    }

    private void leave(Person p, MoveKind kind, LocalDate day, String to, String address, MoveReason reason) {
        village.busy.add(p.id());
        village.put(p.toBuilder().residence(ResidenceStatus.MOVED_OUT).leftOn(day).residenceBeforeLeaving(p.residence())
                .build());
        move(kind, List.of(p.id()), null, day, village.owner(), to, address, reason);
    }

    private void relocate(Person p, MoveKind kind, ResidenceStatus now, LocalDate day, String address) {
        village.busy.add(p.id());
        village.put(p.toBuilder().residence(now).build());
        move(kind, List.of(p.id()), null, day, village.owner(), null, address, MoveReason.WORK);
    }

    private void incomingHouseholdsLeave() {
        Map<UUID, List<Person>> incoming = village.persons.values().stream()
                .filter(p -> p.residence() == ResidenceStatus.INCOMING && p.householdId() != null)
                .collect(Collectors.groupingBy(Person::householdId, LinkedHashMap::new, Collectors.toList()));
        for (Household h : List.copyOf(village.households.values())) {
            List<Person> members = incoming.getOrDefault(h.id(), List.of());
            if (members.isEmpty() || members.stream().anyMatch(p -> village.busy.contains(p.id()))
                    || !random.chance(0.3)) {
                continue;
            }
            LocalDate day = random.day(calendar.windowStart(), calendar.lastEventDay());
            for (Person p : members) {
                village.busy.add(p.id());
                village.put(p.toBuilder().residence(ResidenceStatus.MOVED_OUT).leftOn(day)
                        .residenceBeforeLeaving(p.residence()).build());
            }
            village.households.put(h.id(), h.closed(day));
            move(MoveKind.FLOAT_LEAVE, members.stream().map(Person::id).toList(), h.id(), day, village.owner(),
                    null, "返回原籍", MoveReason.WORK);
        }
    }

    private void incomingFamilyArrives() {
        LocalDate day = random.day(calendar.windowStart(), calendar.lastEventDay().minusDays(60));
        UUID homeId = random.uuid();
        String number = String.format("%04d", village.households.size() + 1);
        String surname = names.outsideSurname();
        LocalDate husbandBorn = random.birthDateForAge(random.between(26, 40), day);
        LocalDate wifeBorn = husbandBorn.plusDays(random.between(0, 1200));
        LocalDate married = wifeBorn.plusYears(random.between(21, 25));
        LocalDate childBorn = married.plusDays(random.between(300, 1500));
        Person husband = incoming(homeId, surname + names.givenName(Sex.MALE), Sex.MALE, husbandBorn,
                RelationToHead.HEAD, day).maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married)
                .build();
        Person wife = incoming(homeId, names.fullName(names.outsideSurname(), Sex.FEMALE), Sex.FEMALE, wifeBorn,
                RelationToHead.SPOUSE, day).maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married)
                .build();
        Sex childSex = random.chance(0.5) ? Sex.MALE : Sex.FEMALE;
        Person child = incoming(homeId, surname + names.givenName(childSex), childSex,
                childBorn.isBefore(day) ? childBorn : day.minusDays(200), childSex == Sex.MALE
                        ? RelationToHead.SON : RelationToHead.DAUGHTER, day)
                .motherId(wife.id()).fatherId(husband.id()).build();
        for (Person p : List.of(husband, wife, child)) {
            village.put(p);
            village.busy.add(p.id());
        }
        village.households.put(homeId, new Household(homeId, 0, village.owner(), number, "第1组",
                "青山镇" + village.division.name() + "第1组租住", husband.id(), HukouType.AGRICULTURAL, day, null, null));
        move(MoveKind.FLOAT_IN, List.of(husband.id(), wife.id(), child.id()), homeId, day,
                SampleEvents.outsideVillage(random), village.owner(), "外县", MoveReason.WORK);
    }

    private Person.Builder incoming(UUID home, String name, Sex sex, LocalDate born, RelationToHead relation,
                                    LocalDate arrived) {
        int ageAtReference = born.until(calendar.reference()).getYears();
        boolean adult = ageAtReference >= 16;
        return Person.builder().id(random.uuid()).owner(village.owner()).name(name).sex(sex).birthDate(born)
                .idNumber(adult ? ids.issue(VillagePopulation.OUTSIDE_COUNTY, born, sex) : null)
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).residence(ResidenceStatus.INCOMING)
                .maritalStatus(ageAtReference >= VillagePopulation.UNMARRIED_FROM_AGE ? MaritalStatus.UNMARRIED : null).householdId(home).relation(relation)
                .enteredOn(arrived);
    }

    /** Adds a move; used for every kind so all moves are made alike. */
    Move move(MoveKind kind, List<UUID> persons, UUID household, LocalDate day, String from, String to,
              String address, MoveReason reason) {
        Move m = new Move(random.uuid(), 0, village.owner(), kind, persons, household, day, from, to, address, reason,
                SampleEvents.recorded(random, day, calendar, EventSource.SELF_REPORT), null);
        village.moves.add(m);
        return m;
    }
}
