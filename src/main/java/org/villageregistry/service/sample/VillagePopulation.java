package org.villageregistry.service.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
 * The people living in a village on the day its register was set up: households of the kinds a rural
 * village has (elderly alone or in pairs, couples with children, three generations), which together give
 * the aged pyramid of rural China, with many working-age people registered here but living away.
 */
final class VillagePopulation extends VillageSampler {
    static final String HOME_COUNTY = "410103";
    static final String OUTSIDE_COUNTY = "410122";
    /**
     * Children get 未婚 from this age on the reference day; the register needs it from 15, and the sample stays
     * complete for some years after the reference day that way.
     */
    static final int UNMARRIED_FROM_AGE = 10;
    private static final List<Ethnicity> MINORITIES = List.of(
            Ethnicity.HUI, Ethnicity.MANCHU, Ethnicity.MONGOL, Ethnicity.ZHUANG, Ethnicity.MIAO, Ethnicity.TUJIA);
    private static final List<String> KINDS = List.of(
            "elderlySingle", "elderlyCouple", "middleFamily", "youngFamily", "threeGenerations", "withGrandparent",
            "incoming");
    private static final double[] KIND_WEIGHTS = {9, 17, 20, 24, 20, 6, 4};

    private final LocalDate setUp;
    private final LocalDate reference;
    private Home home;

    VillagePopulation(VillageRecords village, SampleRandom random, SampleNames names, SampleIdNumbers ids,
                      SampleCalendar calendar) {
        super(village, random, names, ids, calendar);
        this.setUp = calendar.setUp();
        this.reference = calendar.reference();
    }

    void populate(int persons) {
        while (village.persons.size() < persons) {
            String kind = random.weighted(KINDS, KIND_WEIGHTS);
            home = newHome(kind.equals("incoming"));
            switch (kind) {
                case "elderlySingle" -> elderlySingle();
                case "elderlyCouple" -> couple(random.between(60, 84), 0);
                case "middleFamily" -> couple(random.between(45, 59), 25);
                case "youngFamily" -> couple(random.between(26, 44), 99);
                case "threeGenerations" -> threeGenerations();
                case "withGrandparent" -> withGrandparent();
                default -> couple(random.between(24, 40), 12);
            }
            saveHome();
        }
    }

    private void elderlySingle() {
        Sex sex = random.chance(0.7) ? Sex.FEMALE : Sex.MALE;
        LocalDate born = random.birthDateForAge(random.between(68, 92), setUp);
        LocalDate married = born.plusYears(random.between(20, 25)).plusDays(random.between(0, 300));
        Person p = person(names.fullName(home.surname, sex), sex, born, RelationToHead.HEAD)
                .maritalStatus(MaritalStatus.WIDOWED).firstMarriageDate(married).build();
        add(p);
    }

    /**
     * A couple heading (or, as a son and his wife, belonging to) the home, with their children born before
     * set-up who still live with them: those younger than {@code keepChildrenUnder}, and some older unmarried ones.
     */
    private Couple couple(LocalDate husbandBorn, RelationToHead husbandRelation, UUID motherId, UUID fatherId,
                          int keepChildrenUnder) {
        LocalDate wifeBorn = husbandBorn.plusDays(random.between(-400, 1400));
        if (wifeBorn.plusYears(21).isAfter(setUp)) {
            wifeBorn = setUp.minusYears(21).minusDays(random.between(1, 300));
        }
        LocalDate married = wifeBorn.plusYears(random.between(20, 27)).plusDays(random.between(0, 360));
        if (married.isBefore(husbandBorn.plusYears(22))) {
            married = husbandBorn.plusYears(22).plusDays(random.between(0, 200));
        }
        if (married.isAfter(setUp)) {
            married = setUp.minusDays(random.between(30, 300));
        }
        MaritalStatus status = random.chance(0.9) ? MaritalStatus.FIRST_MARRIAGE
                : random.chance(0.7) ? MaritalStatus.MARRIED : MaritalStatus.REMARRIED;
        Person husband = person(names.fullName(home.surname, Sex.MALE), Sex.MALE, husbandBorn, husbandRelation)
                .maritalStatus(status).firstMarriageDate(married).motherId(motherId).fatherId(fatherId).build();
        boolean grandchildren = husbandRelation != RelationToHead.HEAD;
        Person wife = person(names.fullName(names.outsideSurname(), Sex.FEMALE), Sex.FEMALE, wifeBorn,
                grandchildren ? RelationToHead.OTHER : RelationToHead.SPOUSE)
                .ethnicity(random.chance(0.97) ? Ethnicity.HAN : random.pick(MINORITIES))
                .maritalStatus(status).firstMarriageDate(married).build();
        add(husband);
        add(wife);
        Couple c = new Couple(husband.id(), wife.id(), home.id, grandchildren, married);
        village.couples.add(c);
        int planned = plannedChildren(husbandBorn);
        LocalDate next = married.plusDays(random.between(280, 700));
        for (int i = 0; i < planned && next.isBefore(setUp.minusDays(30)); i++) {
            Sex sex = random.chance(0.52) ? Sex.MALE : Sex.FEMALE;
            int age = next.until(setUp).getYears();
            if (age < keepChildrenUnder || (age < 32 && random.chance(0.5))) {
                RelationToHead rel = grandchildren ? RelationToHead.GRANDCHILD
                        : sex == Sex.MALE ? RelationToHead.SON : RelationToHead.DAUGHTER;
                add(person(names.fullName(home.surname, sex), sex, next, rel)
                        .maritalStatus(next.until(reference).getYears() >= UNMARRIED_FROM_AGE ? MaritalStatus.UNMARRIED : null)
                        .motherId(wife.id()).fatherId(husband.id()).build());
            }
            next = next.plusDays(random.between(600, 2200));
        }
        return c;
    }

    private Couple couple(int husbandAge, int keepChildrenUnder) {
        return couple(random.birthDateForAge(husbandAge, setUp), RelationToHead.HEAD, null, null, keepChildrenUnder);
    }

    /** Older generations had more children; the young in this township mostly have one or two. */
    private int plannedChildren(LocalDate fatherBorn) {
        double x = random.nextDouble();
        if (fatherBorn.getYear() < 1970) {
            return x < 0.15 ? 1 : x < 0.65 ? 2 : x < 0.9 ? 3 : 4;
        }
        return x < 0.08 ? 0 : x < 0.55 ? 1 : x < 0.92 ? 2 : 3;
    }

    /** Head and wife, their married son with his wife and children. */
    private void threeGenerations() {
        LocalDate sonBorn = random.birthDateForAge(random.between(25, 38), setUp);
        LocalDate wifeBorn = sonBorn.minusYears(random.between(23, 30)).minusDays(random.between(0, 300));
        LocalDate headBorn = wifeBorn.minusDays(random.between(-300, 1200));
        LocalDate married = sonBorn.minusDays(random.between(300, 900));
        Person head = person(names.fullName(home.surname, Sex.MALE), Sex.MALE, headBorn, RelationToHead.HEAD)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married).build();
        Person wife = person(names.fullName(names.outsideSurname(), Sex.FEMALE), Sex.FEMALE, wifeBorn,
                RelationToHead.SPOUSE).maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(married).build();
        add(head);
        add(wife);
        village.couples.add(new Couple(head.id(), wife.id(), home.id, false, married));
        couple(sonBorn, RelationToHead.SON, wife.id(), head.id(), 99);
    }

    private void withGrandparent() {
        Couple c = couple(random.between(30, 48), 99);
        LocalDate headBorn = village.person(c.husband()).birthDate();
        Sex sex = random.chance(0.75) ? Sex.FEMALE : Sex.MALE;
        LocalDate born = headBorn.minusYears(random.between(23, 32)).minusDays(random.between(0, 300));
        add(person(names.fullName(sex == Sex.MALE ? home.surname : names.outsideSurname(), sex), sex, born,
                RelationToHead.PARENT).maritalStatus(MaritalStatus.WIDOWED)
                .firstMarriageDate(born.plusYears(21)).build());
    }

    private Home newHome(boolean incoming) {
        int n = village.households.size() + 1;
        HukouType hukou = incoming ? HukouType.AGRICULTURAL : random.chance(0.7) ? HukouType.AGRICULTURAL
                : random.chance(0.85) ? HukouType.RESIDENT : HukouType.NON_AGRICULTURAL;
        Ethnicity ethnicity = random.chance(0.95) ? Ethnicity.HAN : random.pick(MINORITIES);
        String surname = incoming ? names.outsideSurname() : names.villageSurname();
        int group = 1 + (n - 1) % 6;
        return new Home(random.uuid(), String.format("%04d", n), "第" + group + "组", surname, hukou, ethnicity,
                incoming, group);
    }

    private Person.Builder person(String name, Sex sex, LocalDate born, RelationToHead relation) {
        int age = born.until(setUp).getYears();
        boolean hasId = born.until(reference).getYears() >= 16 || random.chance(0.35);
        ResidenceStatus residence = home.incoming ? ResidenceStatus.INCOMING
                : age >= 18 && age <= 45 && random.chance(0.3) ? ResidenceStatus.AWAY : ResidenceStatus.RESIDENT;
        return Person.builder().id(random.uuid()).owner(village.owner()).name(name).sex(sex).birthDate(born)
                .idNumber(hasId ? ids.issue(home.incoming ? OUTSIDE_COUNTY : HOME_COUNTY, born, sex) : null)
                .ethnicity(home.ethnicity).hukouType(home.hukou).residence(residence)
                .maritalStatus(born.until(reference).getYears() >= UNMARRIED_FROM_AGE ? MaritalStatus.UNMARRIED : null)
                .householdId(home.id).relation(relation).enteredOn(setUp);
    }

    private void add(Person p) {
        if (p.relation() == RelationToHead.HEAD) {
            home.headId = p.id();
        }
        village.put(p);
    }

    private void saveHome() {
        String address = "青山镇" + village.division.name() + home.group + random.between(1, 99) + "号";
        village.households.put(home.id, new Household(home.id, 0, village.owner(), home.number, home.groupName,
                address, home.headId, home.hukou, setUp, null, null));
    }

    /** A household being filled. */
    private static final class Home {
        final UUID id;
        final String number;
        final String groupName;
        final String surname;
        final HukouType hukou;
        final Ethnicity ethnicity;
        final boolean incoming;
        final int group;
        UUID headId;

        Home(UUID id, String number, String groupName, String surname, HukouType hukou, Ethnicity ethnicity,
             boolean incoming, int group) {
            this.id = id;
            this.number = number;
            this.groupName = groupName;
            this.surname = surname;
            this.hukou = hukou;
            this.ethnicity = ethnicity;
            this.incoming = incoming;
            this.group = group;
        }
    }
}
