package org.villageregistry.ui.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.health.VisitResult;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.Finding;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.benefit.BatchSummary;
import org.villageregistry.service.health.NewVisit;
import org.villageregistry.service.roster.RosterFilter;
import org.villageregistry.service.roster.RosterWoman;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.benefits.BenefitsViewModel;
import org.villageregistry.ui.quality.QualityViewModel;
import org.villageregistry.ui.roster.RosterViewModel;
import org.villageregistry.ui.services.ServicesViewModel;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.Screen;

class ListScreensViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    @TempDir
    Path home;
    Register register;
    RegisterServices services;
    final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    final RecordingNavigator navigator = new RecordingNavigator();
    int order;

    @BeforeEach
    void openVillage() {
        register = new WorkstationService(new H2RegisterStore(CLOCK)).init(home,
                new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"), "柳树村"), "admin",
                "secret-1".toCharArray());
        services = new RegisterServices(register, CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    Person person(String name, Sex sex, LocalDate born, MaritalStatus status) {
        order++;
        Person.Builder b = Person.builder().name(name).sex(sex).birthDate(born)
                .idNumber(IdNumber.compose("410103", born, sex == Sex.MALE ? order * 2 + 1 : order * 2 + 2))
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).maritalStatus(status);
        if (status == MaritalStatus.MARRIED) {
            b.firstMarriageDate(born.plusYears(23));
        }
        return services.persons().register(b.build());
    }

    @Test
    void theRosterTakesAGirlOnHer15thBirthdayAndLetsAWomanGoOnHer50th() {
        Person fifteenToday = person("李娜", Sex.FEMALE, TODAY.minusYears(15), MaritalStatus.UNMARRIED);
        person("李敏", Sex.FEMALE, TODAY.minusYears(15).plusDays(1), MaritalStatus.UNMARRIED);
        Person lastDay = person("王芳", Sex.FEMALE, TODAY.minusYears(50).plusDays(1), MaritalStatus.MARRIED);
        person("赵兰", Sex.FEMALE, TODAY.minusYears(50), MaritalStatus.MARRIED);
        person("王强", Sex.MALE, LocalDate.of(1990, 5, 1), MaritalStatus.MARRIED);
        Person pregnant = person("陈静", Sex.FEMALE, LocalDate.of(1996, 4, 2), MaritalStatus.MARRIED);
        Person away = services.persons().update(person("刘艳", Sex.FEMALE, LocalDate.of(1992, 7, 9),
                MaritalStatus.MARRIED).toBuilder().residence(ResidenceStatus.AWAY).build());
        services.health().recordPregnancy(pregnant.id(), TODAY.minusDays(60));
        services.health().recordVisit(new NewVisit(pregnant.id(), null, LocalDate.of(2026, 1, 10),
                VisitType.WOMEN_HEALTH_CHECK, "乡卫生院", null, VisitResult.NORMAL, null));
        services.health().recordVisit(new NewVisit(away.id(), null, TODAY.minusMonths(12),
                VisitType.WOMEN_HEALTH_CHECK, "乡卫生院", null, VisitResult.NORMAL, null));

        RosterViewModel vm = new RosterViewModel(services, executor, navigator);
        vm.load();

        assertThat(vm.rows()).extracting(w -> w.woman().name())
                .containsExactlyInAnyOrder("李娜", "王芳", "陈静", "刘艳");
        assertThat(vm.count(RosterFilter.ALL)).isEqualTo(4);
        assertThat(vm.count(RosterFilter.MARRIED)).isEqualTo(3);
        assertThat(vm.count(RosterFilter.PREGNANT)).isEqualTo(1);
        assertThat(vm.count(RosterFilter.AWAY)).isEqualTo(1);
        assertThat(vm.count(RosterFilter.CHECK_DUE)).as("checked 12 months ago to the day is due again").isEqualTo(3);
        vm.filterProperty().set(RosterFilter.CHECK_DUE);
        assertThat(vm.rows()).extracting(w -> w.woman().name()).containsExactlyInAnyOrder("李娜", "王芳", "刘艳");

        vm.checkMonthsProperty().set(13);
        vm.load();
        assertThat(vm.count(RosterFilter.CHECK_DUE)).isEqualTo(2);

        vm.referenceDateProperty().set(TODAY.plusDays(1));
        vm.load();
        assertThat(vm.count(RosterFilter.ALL)).isEqualTo(4);
        vm.filterProperty().set(RosterFilter.ALL);
        assertThat(vm.rows()).extracting(w -> w.woman().name()).contains("李敏").doesNotContain("王芳");

        RosterWoman first = vm.rows().stream().filter(w -> w.woman().id().equals(fifteenToday.id())).findFirst()
                .orElseThrow();
        vm.open(first);
        assertThat(navigator.persons).containsExactly(fifteenToday.id());
        assertThat(lastDay.id()).isNotEqualTo(fifteenToday.id());
    }

    BenefitProgramme childcare() {
        return register.transactions().write(() -> register.programmes().save(new BenefitProgramme(UUID.randomUUID(),
                0, "410103100001", "YEBT", "育儿补贴", ProgrammeKind.CHILDCARE_SUBSIDY,
                List.of(new Rate(LocalDate.of(2025, 1, 1), Money.yuan(3600), Rate.RatePeriod.YEAR)),
                Map.of("maxChildAgeYears", "3"), null)));
    }

    Person childOf(Person mother, String name, LocalDate born) {
        order++;
        return services.persons().register(Person.builder().name(name).sex(Sex.MALE).birthDate(born)
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).maritalStatus(null)
                .motherId(mother.id()).build());
    }

    @Test
    void aChildUnderThreeNotEnrolledIsListedWithTheReasonAndTheAmountItIsEntitledTo() {
        BenefitProgramme programme = childcare();
        Person mother = person("陈静", Sex.FEMALE, LocalDate.of(1996, 4, 2), MaritalStatus.MARRIED);
        Person child = childOf(mother, "陈小宝", LocalDate.of(2025, 3, 10));
        childOf(mother, "陈大宝", LocalDate.of(2022, 6, 1));

        BenefitsViewModel vm = new BenefitsViewModel(services, executor, navigator);
        vm.refresh();

        assertThat(vm.candidates()).hasSize(1);
        var candidate = vm.candidates().get(0);
        assertThat(candidate.programme().id()).isEqualTo(programme.id());
        assertThat(candidate.applicant().id()).isEqualTo(mother.id());
        assertThat(candidate.child().id()).isEqualTo(child.id());
        assertThat(candidate.entitled()).isEqualTo(Money.yuan(10_800));
        assertThat(candidate.reason()).contains("陈小宝").contains("2025-03-10");
    }

    @Test
    void enrollingWithEvidenceThenABatchPaysTheMonthsOfThePeriodAtTheProgrammeRate() {
        childcare();
        Person mother = person("陈静", Sex.FEMALE, LocalDate.of(1996, 4, 2), MaritalStatus.MARRIED);
        childOf(mother, "陈小宝", LocalDate.of(2025, 3, 10));
        BenefitsViewModel vm = new BenefitsViewModel(services, executor, navigator);
        vm.refresh();
        var candidate = vm.candidates().get(0);

        List<String> closed = new ArrayList<>();
        vm.enrol(candidate, LocalDate.of(2025, 3, 10), " ", () -> closed.add("closed"));
        assertThat(vm.errorProperty().get()).contains("证明材料");
        assertThat(closed).isEmpty();

        vm.enrol(candidate, LocalDate.of(2025, 3, 10), "出生医学证明 O410000001", () -> closed.add("closed"));
        assertThat(closed).containsExactly("closed");
        assertThat(vm.candidates()).isEmpty();

        vm.createBatch("2025");
        assertThat(vm.batches()).extracting(BatchSummary::total).containsExactly(Money.yuan(2_700));
        vm.createBatch("2026");
        assertThat(vm.batches()).extracting(BatchSummary::period).containsExactly("2026", "2025");
        BatchSummary year2026 = vm.batches().get(0);
        assertThat(year2026.total()).isEqualTo(Money.yuan(3_600));
        assertThat(year2026.isPaid()).isFalse();

        vm.createBatch("2026-05");
        assertThat(vm.errorProperty().get()).contains("没有应发而未发");

        assertThat(vm.markPaidQuestion(year2026, LocalDate.of(2026, 11, 18), PaymentMethod.SOCIAL_CARD)).hasValue(
                "把批次 " + year2026.batch() + " 的 1 笔（合计 ¥3,600.00）标记为 2026-11-18 以“社保卡”发放？"
                        + "标记后即记为已发放，发放日期和方式不能再改。");
        assertThat(vm.markPaidQuestion(null, LocalDate.of(2026, 11, 18), PaymentMethod.SOCIAL_CARD)).isEmpty();
        vm.markPaid(year2026, LocalDate.of(2026, 11, 18), PaymentMethod.SOCIAL_CARD);
        BatchSummary paid = vm.batches().stream().filter(b -> b.batch().equals(year2026.batch())).findFirst()
                .orElseThrow();
        assertThat(paid.isPaid()).isTrue();
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(vm.payments()).extracting(r -> r.payment().method()).containsOnly(PaymentMethod.SOCIAL_CARD);
        assertThat(vm.messageProperty().get()).contains(year2026.batch());

        // marking the paid batch again is refused, its day kept, and the success above no longer stands beside it
        vm.markPaid(paid, LocalDate.of(2026, 11, 20), PaymentMethod.CASH);
        assertThat(vm.errorProperty().get()).contains("已于 2026-11-18 全部发放");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.batches()).filteredOn(b -> b.batch().equals(year2026.batch())).singleElement()
                .extracting(BatchSummary::paidOn).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void confirmingADueReverificationMovesItsDueDayOnAYear() {
        BenefitProgramme programme = childcare();
        Person mother = person("陈静", Sex.FEMALE, LocalDate.of(1996, 4, 2), MaritalStatus.MARRIED);
        Person child = childOf(mother, "陈小宝", LocalDate.of(2025, 3, 10));
        LocalDate due = TODAY.minusDays(5);
        register.transactions().write(() -> register.enrolments().save(new Enrolment(UUID.randomUUID(), 0,
                "410103100001", mother.id(), programme.id(), child.id(), LocalDate.of(2025, 3, 10), null, "出生证",
                "admin", due.minusYears(1), due, null)));
        BenefitsViewModel vm = new BenefitsViewModel(services, executor, navigator);
        vm.refresh();
        assertThat(vm.reverifications()).hasSize(1);

        vm.confirmReverification(vm.reverifications().get(0));

        assertThat(vm.reverifications()).isEmpty();
        Enrolment saved = register.transactions().read(() -> register.enrolments().byPerson(mother.id())).get(0);
        assertThat(saved.reverificationDue()).isEqualTo(due.plusYears(1));
        assertThat(saved.verifiedOn()).isEqualTo(TODAY);
    }

    @Test
    void openingAVisitWritesAHealthRecordViewToTheAuditLogAndOnlyThenShowsTheFindings() {
        Person woman = person("陈静", Sex.FEMALE, LocalDate.of(1996, 4, 2), MaritalStatus.MARRIED);
        var visit = services.health().recordVisit(new NewVisit(woman.id(), null, TODAY.minusDays(3),
                VisitType.WOMEN_HEALTH_CHECK, "乡卫生院", "宫颈检查未见异常", VisitResult.NORMAL, TODAY.plusDays(10)));
        ServicesViewModel vm = new ServicesViewModel(services, executor, navigator);
        vm.refresh();
        assertThat(vm.visits()).hasSize(1);
        assertThat(vm.dueSoon()).hasSize(1);
        assertThat(vm.detail()).isEmpty();
        assertThat(health()).isEmpty();

        vm.openVisit(vm.visits().get(0));

        List<AuditEntry> entries = health();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).entityId()).isEqualTo(visit.id());
        assertThat(entries.get(0).entityType()).isEqualTo(EntityType.SERVICE_VISIT.wireName());
        assertThat(vm.detail()).extracting(ServicesViewModel.DetailLine::value).contains("宫颈检查未见异常");
        vm.closeRecord();
        assertThat(vm.detail()).isEmpty();
    }

    @Test
    void aVisitRecordedForTheOpenPregnancyShowsInItAtOnce() {
        Person woman = person("冯婉清", Sex.FEMALE, LocalDate.of(1996, 4, 2), MaritalStatus.MARRIED);
        services.health().recordPregnancy(woman.id(), TODAY.minusDays(60));
        ServicesViewModel vm = new ServicesViewModel(services, executor, navigator);
        vm.refresh();
        vm.openPregnancy(vm.pregnancies().get(0));
        assertThat(vm.detail()).extracting(ServicesViewModel.DetailLine::value).contains(Messages.get("services.noVisits"));

        vm.recordVisit(new NewVisit(woman.id(), vm.openedPregnancy(), TODAY, VisitType.PREGNANCY_FOLLOW_UP, "乡卫生院",
                "胎心正常", VisitResult.NORMAL, TODAY.plusDays(28)), () -> { });

        assertThat(vm.detail()).extracting(ServicesViewModel.DetailLine::label).contains(TODAY.toString());
        assertThat(vm.messageProperty().get()).isEqualTo(Messages.get("services.visit.saved"));
    }

    private List<AuditEntry> health() {
        return services.audit().entries(AuditFilter.all().of(AuditAction.HEALTH_RECORD_VIEW), 0, 10);
    }

    @Test
    void aDataQualityFindingOpensThePersonItIsAbout() {
        person("王强", Sex.MALE, LocalDate.of(1990, 5, 1), MaritalStatus.MARRIED);
        person("张伟", Sex.MALE, LocalDate.of(1988, 2, 3), MaritalStatus.UNMARRIED);
        person("张伟", Sex.MALE, LocalDate.of(1988, 2, 3), MaritalStatus.UNMARRIED);
        QualityViewModel vm = new QualityViewModel(services, executor, navigator);
        vm.refresh();
        assertThat(vm.groups()).extracting(QualityViewModel.Group::kind).contains(Finding.Kind.DUPLICATE_NAME_BIRTH);

        vm.kindProperty().set(Finding.Kind.DUPLICATE_NAME_BIRTH);
        assertThat(vm.findings()).hasSize(1);
        Finding finding = vm.findings().get(0);
        assertThat(vm.open(finding)).isTrue();

        assertThat(navigator.persons).hasSize(1);
        Person opened = services.persons().find(navigator.persons.get(0)).orElseThrow();
        assertThat(opened.name()).isEqualTo("张伟");
    }

    static final class RecordingNavigator implements Navigator {
        final List<UUID> persons = new ArrayList<>();

        @Override
        public void showPerson(UUID personId) {
            persons.add(personId);
        }

        @Override
        public void showHousehold(UUID householdId) {
        }

        @Override
        public void show(Class<? extends Screen> screen) {
        }
    }
}
