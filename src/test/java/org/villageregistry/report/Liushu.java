package org.villageregistry.report;

import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitResult;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.person.ResidenceStatus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.Payment;
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.BirthService;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.DeathService;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.MoveService;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.storage.H2RegisterStore;

/**
 * 柳树村 built by hand in a real encrypted register, "today" 2026-12-02. On 2026-01-01 five persons enter: 王建国,
 * 李秀英 and their son 王小明 and 王奶奶 in household 一组, and 周红 on her own. 周红 has a boy 周小虎 on 2025-11-03 and a
 * girl 周小梅 on 2026-10-08. In November 2026: 李秀英 has a girl 王小红 (her 2nd child), 王奶奶 dies, 赵刚 moves in,
 * 王小明 moves out, 王建国 goes to work in 广东东莞 (he stays in the register).
 */
final class Liushu {
    static final String VILLAGE = "410103100001";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    final Register register;
    Person head;
    Person wife;
    Person son;
    Person grandmother;
    Person zhouHong;

    Liushu(Path home) {
        register = new WorkstationService(new H2RegisterStore(CLOCK)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of(VILLAGE), "柳树村"), "张会计",
                "secret-1".toCharArray());
    }

    static Person.Builder adult(String name, Sex sex, LocalDate born, int order) {
        return Person.builder().name(name).sex(sex).birthDate(born)
                .idNumber(IdNumber.compose("410103", born, order)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED);
    }

    Liushu november() {
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        head = adult("王建国", Sex.MALE, LocalDate.of(1990, 3, 1), 11).relation(RelationToHead.HEAD)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2018, 5, 1)).enteredOn(jan1).build();
        wife = adult("李秀英", Sex.FEMALE, LocalDate.of(1992, 7, 15), 22).relation(RelationToHead.SPOUSE)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2018, 5, 1)).enteredOn(jan1).build();
        son = adult("王小明", Sex.MALE, LocalDate.of(2020, 2, 2), 13).idNumber(null).relation(RelationToHead.SON)
                .motherId(wife.id()).fatherId(head.id()).maritalStatus(null).enteredOn(jan1).build();
        grandmother = adult("王奶奶", Sex.FEMALE, LocalDate.of(1950, 4, 4), 24).relation(RelationToHead.PARENT)
                .maritalStatus(MaritalStatus.WIDOWED).enteredOn(jan1).build();
        new HouseholdService(register, CLOCK).add(new NewHousehold(null, "一组", null, HukouType.AGRICULTURAL, jan1,
                List.of(head, wife, son, grandmother)));
        zhouHong = new PersonService(register, CLOCK).register(adult("周红", Sex.FEMALE, LocalDate.of(1985, 8, 8), 26)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2008, 1, 1))
                .relation(RelationToHead.HEAD).enteredOn(jan1).build());
        BirthService births = new BirthService(register, CLOCK);
        birth(births, zhouHong, "周小虎", Sex.MALE, LocalDate.of(2025, 11, 3));
        birth(births, zhouHong, "周小梅", Sex.FEMALE, LocalDate.of(2026, 10, 8));
        births.record(new BirthReport(wife.id(), head.id(), LocalDate.of(2026, 11, 5).atTime(7, 0),
                BirthPlace.HOSPITAL, 39, EventSource.HOSPITAL,
                List.of(new BirthReport.NewChild("王小红", Sex.FEMALE, null, 3100, null, null))), false);
        new DeathService(register, CLOCK).record(new DeathReport(grandmother.id(), LocalDate.of(2026, 11, 10),
                "家中", null, EventSource.SELF_REPORT));
        MoveService moves = new MoveService(register, CLOCK);
        moves.moveIn(new MoveInReport(MoveKind.HUKOU_IN, LocalDate.of(2026, 11, 12), "410103200001", null,
                MoveReason.MARRIAGE, EventSource.SELF_REPORT, null, null,
                List.of(adult("赵刚", Sex.MALE, LocalDate.of(1995, 5, 5), 33).relation(RelationToHead.OTHER).build())));
        moves.moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 15), List.of(son.id()), null,
                "410103100002", null, MoveReason.FAMILY, null));
        moves.moveOut(new MoveOutReport(MoveKind.FLOAT_OUT, LocalDate.of(2026, 11, 16), List.of(head.id()), null,
                null, "广东东莞", MoveReason.WORK, null));
        return this;
    }

    private void birth(BirthService births, Person mother, String name, Sex sex, LocalDate day) {
        births.record(new BirthReport(mother.id(), null, day.atTime(9, 0), BirthPlace.HOSPITAL, 39,
                EventSource.HOSPITAL, List.of(new BirthReport.NewChild(name, sex, null, 3200, null, null))), false);
    }

    /**
     * Health services of the year, counted by hand for November: 孙梅 (married, 1988, working away) and 李秀英 were
     * due a health check in November (set in May); 孙梅 had hers early on 11-08, 李秀英 none: 1 of 2, of the women away
     * 1 of 1. 孙梅's pregnancy (expected 2027-03-01) was followed up on 10-15: 1 of 1. 李秀英 had 王小红 on 11-05 and
     * a postnatal visit on 11-09: 1 of 1.
     */
    Person services() {
        Person sunMei = new PersonService(register, CLOCK).register(adult("孙梅", Sex.FEMALE, LocalDate.of(1988, 4, 4), 28)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2010, 1, 1))
                .relation(RelationToHead.HEAD).residence(ResidenceStatus.AWAY).enteredOn(LocalDate.of(2026, 1, 1))
                .build());
        register.transactions().write(() -> {
            UUID pregnancy = register.pregnancies().save(new Pregnancy(UUID.randomUUID(), 0, VILLAGE, sunMei.id(),
                    LocalDate.of(2026, 5, 25), LocalDate.of(2027, 3, 1), null, null, null)).id();
            visit(sunMei, null, VisitType.WOMEN_HEALTH_CHECK, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 11, 10));
            visit(sunMei, null, VisitType.WOMEN_HEALTH_CHECK, LocalDate.of(2026, 11, 8), LocalDate.of(2027, 5, 8));
            visit(wife, null, VisitType.WOMEN_HEALTH_CHECK, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 15));
            visit(sunMei, pregnancy, VisitType.PREGNANCY_FOLLOW_UP, LocalDate.of(2026, 10, 15), null);
            visit(wife, null, VisitType.POSTNATAL, LocalDate.of(2026, 11, 9), null);
            return null;
        });
        return sunMei;
    }

    private void visit(Person woman, UUID pregnancy, VisitType type, LocalDate day, LocalDate nextDue) {
        register.visits().save(new ServiceVisit(UUID.randomUUID(), 0, VILLAGE, woman.id(), pregnancy, day, type,
                "青山镇卫生院", null, VisitResult.NORMAL, nextDue, null));
    }

    /** The programme 育儿补贴 (code YEBT) and one payment of the given amount per payee for the period. */
    void payments(String period, Money amount, List<Person> payees) {
        register.transactions().write(() -> {
            BenefitProgramme programme = register.programmes().save(new BenefitProgramme(UUID.randomUUID(), 0,
                    VILLAGE, "YEBT", "育儿补贴", ProgrammeKind.CHILDCARE_SUBSIDY,
                    List.of(new Rate(LocalDate.of(2025, 1, 1), Money.yuan(3600), Rate.RatePeriod.YEAR)), Map.of(),
                    null));
            for (Person p : payees) {
                Enrolment e = register.enrolments().save(new Enrolment(UUID.randomUUID(), 0, VILLAGE, p.id(),
                        programme.id(), null, LocalDate.of(2026, 1, 1), null, "出生医学证明", "张会计",
                        LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 5), null));
                register.payments().save(new Payment(UUID.randomUUID(), 0, VILLAGE, e.id(), period, amount,
                        LocalDate.of(2026, 11, 28), PaymentMethod.SOCIAL_CARD, "2026-11-01", null));
            }
        });
    }

    /** 育儿补贴 (YEBT) for each child of the mother: one enrolment and one payment per child, as the programme pays. */
    void childcare(String period, Money amount, Person mother, List<String> children) {
        register.transactions().write(() -> {
            BenefitProgramme programme = register.programmes().save(new BenefitProgramme(UUID.randomUUID(), 0,
                    VILLAGE, "YEBT", "育儿补贴", ProgrammeKind.CHILDCARE_SUBSIDY,
                    List.of(new Rate(LocalDate.of(2025, 1, 1), Money.yuan(3600), Rate.RatePeriod.YEAR)), Map.of(),
                    null));
            List<Person> all = new java.util.ArrayList<>();
            register.persons().forEach(all::add);
            for (String name : children) {
                Person child = all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
                Enrolment e = register.enrolments().save(new Enrolment(UUID.randomUUID(), 0, VILLAGE, mother.id(),
                        programme.id(), child.id(), LocalDate.of(2026, 1, 1), null, "出生医学证明", "张会计",
                        LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 5), null));
                register.payments().save(new Payment(UUID.randomUUID(), 0, VILLAGE, e.id(), period, amount,
                        LocalDate.of(2026, 11, 28), PaymentMethod.SOCIAL_CARD, "2026-11-01", null));
            }
        });
    }

    BirthRegistration registration() {
        Spouse wifeSide = new Spouse(wife.id(), wife.name(), wife.idNumber(), Ethnicity.HAN, "示范县青山镇柳树村一组",
                "示范县青山镇柳树村一组", MaritalStatus.FIRST_MARRIAGE, LocalDate.of(2018, 5, 1));
        Spouse husbandSide = new Spouse(head.id(), head.name(), head.idNumber(), Ethnicity.HAN,
                "示范县青山镇柳树村一组", "广东东莞", MaritalStatus.FIRST_MARRIAGE, LocalDate.of(2018, 5, 1));
        return register.transactions().write(() -> register.birthRegistrations().save(new BirthRegistration(
                UUID.randomUUID(), 0, VILLAGE, wifeSide, husbandSide,
                List.of(new RegisteredChild("王小明", Sex.MALE, LocalDate.of(2020, 2, 2), 1)), 2,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 8), "青山镇卫健办", "SY2026-0042", null)));
    }
}
