package org.villageregistry.service.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.service.home.TodayItem.Kind;

class TodayServiceTest {
    static final String VILLAGE = VillageRegister.VILLAGE;
    static final Clock CLOCK = VillageRegister.CLOCK;

    @TempDir
    Path home;
    Register register;
    TodayService today;

    @BeforeEach
    void openRegister() {
        register = VillageRegister.open(home);
        today = new RegisterServices(register, CLOCK).today();
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void anOverdueFollowUpAndOneDueNextWeekAreListedButNotOneDueNextMonth() {
        Person mother = save(person("李秀梅", Sex.FEMALE, LocalDate.of(1995, 3, 1)));
        Person other = save(person("赵红", Sex.FEMALE, LocalDate.of(1993, 5, 1)));
        Person later = save(person("孙丽", Sex.FEMALE, LocalDate.of(1994, 6, 1)));
        visit(mother, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 10));
        visit(other, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 25));
        visit(later, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 20));

        TodayItem followUps = item(Kind.FOLLOW_UPS_DUE);

        assertThat(followUps.count()).isEqualTo(2);
        assertThat(followUps.records()).extracting(TodayRecord::personId).containsExactly(mother.id(), other.id());
        assertThat(followUps.records().get(0).detail()).contains("2026-11-10").contains("逾期 10 天");
        assertThat(followUps.records().get(1).detail()).contains("2026-11-25").doesNotContain("逾期");
    }

    @Test
    void aWomanWhoDiedHasNoFollowUpDue() {
        Person mother = save(person("张思琪", Sex.FEMALE, LocalDate.of(1995, 3, 1)));
        visit(mother, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 10));
        assertThat(item(Kind.FOLLOW_UPS_DUE).records()).extracting(TodayRecord::personId).containsExactly(mother.id());

        register.transactions().write(() -> register.persons().save(register.persons().get(mother.id()).toBuilder()
                .residence(org.villageregistry.domain.person.ResidenceStatus.DEAD).leftOn(LocalDate.of(2026, 11, 12))
                .build()));

        assertThat(item(Kind.FOLLOW_UPS_DUE).records()).isEmpty();
    }

    @Test
    void theTownshipsFeedbackIsOnTheListUntilMarkedDoneAndAChangeToFixHasItsOwnList() {
        Person wang = save(person("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1)));
        UUID receipt = UUID.randomUUID();
        long suspect = register.transactions().write(() -> register.sync().tasks().addTask(new SyncRecords.Task(0,
                receipt, SyncRecords.TaskKind.DUPLICATE_SUSPECT, java.util.Optional.of(wang.id()),
                java.util.Optional.empty(), java.util.Optional.empty(), "与杨庄村的王秀英身份证号相同", "{}",
                CLOCK.instant(), false)));
        register.transactions().write(() -> register.sync().tasks().addTask(new SyncRecords.Task(0, receipt,
                SyncRecords.TaskKind.FIX_CHANGE, java.util.Optional.of(wang.id()), java.util.Optional.of(3L),
                java.util.Optional.of("RULES"), "姓名不能为空", "{}", CLOCK.instant(), false)));

        assertThat(item(Kind.TOWNSHIP_FEEDBACK).records()).singleElement().satisfies(r -> {
            assertThat(r.personId()).isEqualTo(wang.id());
            assertThat(r.detail()).isEqualTo("疑似重复登记：与杨庄村的王秀英身份证号相同");
        });
        assertThat(item(Kind.RECEIPT_FINDINGS).records()).extracting(TodayRecord::detail).containsExactly("姓名不能为空");

        register.transactions().write(() -> {
            register.sync().tasks().markTaskDone(suspect);
            return null;
        });
        assertThat(item(Kind.TOWNSHIP_FEEDBACK).records()).isEmpty();
    }

    @Test
    void aNewbornCountsUntilItsParentsBirthRegistrationListsIt() {
        Person mother = save(person("李秀梅", Sex.FEMALE, LocalDate.of(1995, 3, 1)));
        Person baby = save(person("王小宝", Sex.MALE, LocalDate.of(2026, 9, 3)).motherId(mother.id()));
        save(person("王大宝", Sex.MALE, LocalDate.of(2024, 1, 3)).motherId(mother.id()));

        assertThat(item(Kind.NEWBORNS_UNREGISTERED).records()).extracting(TodayRecord::personId)
                .containsExactly(baby.id());

        register.transactions().write(() -> register.birthRegistrations().save(new BirthRegistration(
                UUID.randomUUID(), 0, VILLAGE, spouse(mother), null,
                List.of(new RegisteredChild("王小宝", Sex.MALE, LocalDate.of(2026, 9, 3), 2)), 2,
                LocalDate.of(2026, 9, 20), null, "柳树村", "2026-001", null)));

        assertThat(item(Kind.NEWBORNS_UNREGISTERED).count()).isZero();
    }

    @Test
    void aChildUnderThreeIsListedForTheChildcareSubsidyUntilEnrolled() {
        BenefitProgramme subsidy = register.transactions().write(() -> register.programmes().save(
                new BenefitProgramme(UUID.randomUUID(), 0, VILLAGE, "YEBT", "育儿补贴", ProgrammeKind.CHILDCARE_SUBSIDY,
                        List.of(new Rate(LocalDate.of(2025, 1, 1), Money.yuan(3600), Rate.RatePeriod.YEAR)),
                        Map.of(), null)));
        Person toddler = save(person("王小宝", Sex.MALE, LocalDate.of(2025, 6, 3)));
        save(person("王大宝", Sex.MALE, LocalDate.of(2020, 1, 3)));

        TodayItem childcare = item(Kind.CHILDCARE_NOT_ENROLLED);
        assertThat(childcare.records()).extracting(TodayRecord::personId).containsExactly(toddler.id());
        assertThat(childcare.records().get(0).detail()).startsWith("育儿补贴");

        register.transactions().write(() -> register.enrolments().save(new Enrolment(UUID.randomUUID(), 0, VILLAGE,
                toddler.id(), subsidy.id(), toddler.id(), LocalDate.of(2026, 1, 1), null, "出生证明", "admin",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null)));

        assertThat(item(Kind.CHILDCARE_NOT_ENROLLED).count()).isZero();
    }

    @Test
    void anEnrolmentDueForReverificationWithinThirtyDaysIsListedAndALaterOneIsNot() {
        BenefitProgramme reward = reward();
        Person due = save(person("张老汉", Sex.MALE, LocalDate.of(1960, 3, 1)));
        Person notYet = save(person("钱老汉", Sex.MALE, LocalDate.of(1961, 3, 1)));
        enrol(due, reward, LocalDate.of(2026, 12, 10));
        enrol(notYet, reward, LocalDate.of(2027, 3, 1));

        TodayItem reverify = item(Kind.REVERIFICATION_DUE);

        assertThat(reverify.records()).extracting(TodayRecord::personId).containsExactly(due.id());
        assertThat(reverify.records().get(0).detail()).isEqualTo("奖励扶助：2026-12-10 需复核");
    }

    @Test
    void followUpsAndReverificationsDueTheSameDayComeInIdOrderWhateverOrderTheyWereStoredIn() {
        // a township stores a village's records in the order its bundles carry them, not the order the village
        // saved them: items due the same day must not follow the storage order, or the two lists differ
        BenefitProgramme reward = reward();
        Person first = save(person("李秀梅", Sex.FEMALE, LocalDate.of(1960, 3, 1)));
        Person second = save(person("赵红", Sex.FEMALE, LocalDate.of(1961, 5, 1)));
        UUID lower = new UUID(0x1000_0000_0000_4000L, 0x8000_0000_0000_0001L);
        UUID higher = new UUID(0x2000_0000_0000_4000L, 0x8000_0000_0000_0001L);
        LocalDate due = LocalDate.of(2026, 11, 20);
        visit(higher, first, LocalDate.of(2026, 10, 1), due);
        visit(lower, second, LocalDate.of(2026, 10, 2), due);
        enrol(higher, first, reward, due);
        enrol(lower, second, reward, due);

        assertThat(item(Kind.FOLLOW_UPS_DUE).records()).extracting(TodayRecord::personId)
                .containsExactly(second.id(), first.id());
        assertThat(item(Kind.REVERIFICATION_DUE).records()).extracting(TodayRecord::personId)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void dataQualityFindingsAreCountedWithThePersonToFix() {
        Person noId = save(Person.builder().id(UUID.randomUUID()).owner(VILLAGE).name("无证人").sex(Sex.MALE)
                .birthDate(LocalDate.of(1980, 1, 1)).residence(ResidenceStatus.RESIDENT).enteredOn(LocalDate.of(1980, 1, 1)));

        TodayItem quality = item(Kind.QUALITY_FINDINGS);

        assertThat(quality.records()).extracting(TodayRecord::personId).contains(noId.id());
        assertThat(quality.count()).isEqualTo(quality.records().size()).isPositive();
    }

    @Test
    void anEmptyRegisterHasEveryItemWithNothingToDo() {
        assertThat(today.items()).extracting(TodayItem::kind).containsExactlyElementsOf(java.util.Arrays
                .stream(Kind.values()).filter(k -> k != Kind.MONTHS_TO_REVIEW && k != Kind.MONTHS_OVERDUE).toList());
        assertThat(today.items()).allMatch(i -> i.count() == 0);
    }

    private BenefitProgramme reward() {
        return register.transactions().write(() -> register.programmes().save(
                new BenefitProgramme(UUID.randomUUID(), 0, VILLAGE, "JLFZ", "奖励扶助", ProgrammeKind.RURAL_REWARD,
                        List.of(new Rate(LocalDate.of(2020, 1, 1), Money.yuan(960), Rate.RatePeriod.YEAR)),
                        Map.of(), null)));
    }

    @Test
    void comingBackWithNothingWrittenKeepsTheListsAndAWriteOrANewDayWorksThemOutAgain() {
        MovableClock clock = new MovableClock(CLOCK);
        TodayService service = new RegisterServices(register, clock).today();
        Person mother = save(person("李秀梅", Sex.FEMALE, LocalDate.of(1995, 3, 1)));
        visit(mother, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 10));

        List<TodayItem> first = service.current();
        register.transactions().read(() -> register.persons().get(mother.id()));

        assertThat(service.current()).as("only read since").isSameAs(first);
        Person other = save(person("赵红", Sex.FEMALE, LocalDate.of(1993, 5, 1)));
        visit(other, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 25));
        List<TodayItem> afterWrites = service.current();
        assertThat(afterWrites).as("written since").isNotSameAs(first);
        assertThat(followUps(afterWrites)).isEqualTo(2);
        assertThat(followUps(first)).isEqualTo(1);
        assertThat(service.current()).isSameAs(afterWrites);
        try {
            register.transactions().write(() -> {
                register.persons().save(person("孙丽", Sex.FEMALE, LocalDate.of(1994, 6, 1)).build());
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // a write that rolled back: nothing kept, but the lists are worked out again all the same
        }
        List<TodayItem> afterRollback = service.current();
        assertThat(afterRollback).isNotSameAs(afterWrites).isEqualTo(afterWrites);

        clock.now = clock.now.plus(java.time.Duration.ofDays(1));
        List<TodayItem> nextDay = service.current();
        assertThat(nextDay).as("the next day").isNotSameAs(afterRollback);
        assertThat(nextDay.stream().filter(i -> i.kind() == Kind.FOLLOW_UPS_DUE).findFirst().orElseThrow()
                .records().get(0).detail()).contains("逾期 11 天");
        assertThat(service.items()).as("刷新 works them out again").isNotSameAs(nextDay).isEqualTo(nextDay);
        java.util.Locale was = org.villageregistry.domain.text.Messages.locale();
        List<TodayItem> chinese = service.current();
        try {
            org.villageregistry.domain.text.Messages.setLocale(org.villageregistry.domain.text.Messages.ENGLISH);
            List<TodayItem> english = service.current();
            assertThat(english).as("another language").isNotSameAs(chinese);
            assertThat(english.get(0).records().get(0).detail()).doesNotContain("逾期");
        } finally {
            org.villageregistry.domain.text.Messages.setLocale(was);
        }
    }

    private static int followUps(List<TodayItem> items) {
        return items.stream().filter(i -> i.kind() == Kind.FOLLOW_UPS_DUE).findFirst().orElseThrow().count();
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        java.time.Instant now;
        private final java.time.ZoneId zone;

        MovableClock(Clock from) {
            this.now = from.instant();
            this.zone = from.getZone();
        }

        @Override
        public java.time.ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    private TodayItem item(Kind kind) {
        return today.items().stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    private static Person.Builder person(String name, Sex sex, LocalDate born) {
        return Person.builder().id(UUID.randomUUID()).owner(VILLAGE).name(name).sex(sex).birthDate(born)
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).residence(ResidenceStatus.RESIDENT)
                .maritalStatus(MaritalStatus.UNMARRIED).enteredOn(born);
    }

    private Person save(Person.Builder person) {
        return register.transactions().write(() -> register.persons().save(person.build()));
    }

    private void visit(Person woman, LocalDate on, LocalDate nextDue) {
        visit(UUID.randomUUID(), woman, on, nextDue);
    }

    private void visit(UUID id, Person woman, LocalDate on, LocalDate nextDue) {
        register.transactions().write(() -> register.visits().save(new ServiceVisit(id, 0, VILLAGE,
                woman.id(), null, on, VisitType.WOMEN_HEALTH_CHECK, "卫生室", null, null, nextDue, null)));
    }

    private void enrol(Person person, BenefitProgramme programme, LocalDate reverificationDue) {
        enrol(UUID.randomUUID(), person, programme, reverificationDue);
    }

    private void enrol(UUID id, Person person, BenefitProgramme programme, LocalDate reverificationDue) {
        register.transactions().write(() -> register.enrolments().save(new Enrolment(id, 0, VILLAGE,
                person.id(), programme.id(), null, LocalDate.of(2025, 12, 1), null, "独生子女证", "admin",
                LocalDate.of(2025, 12, 1), reverificationDue, null)));
    }

    private static Spouse spouse(Person person) {
        return new Spouse(person.id(), person.name(), null, Ethnicity.HAN, "柳树村", "柳树村", MaritalStatus.MARRIED,
                LocalDate.of(2020, 1, 1));
    }
}
