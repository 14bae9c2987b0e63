package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.domain.sync.SyncRecords.TaskKind;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.signoff.LockedMonths;
import org.villageregistry.service.signoff.MonthState;
import org.villageregistry.service.signoff.SignedFigures;
import org.villageregistry.service.signoff.VillageMonth;
import org.villageregistry.service.sync.ImportService;

/** 柳树村 submits October, 城关镇 approves or returns it, and the answer comes back in the receipt. */
class MonthlySignoffTest extends SyncWorldTest {
    private static final Period OCTOBER = Period.parse("2026-10");
    private RegisterServices village;
    private RegisterServices township;
    private Death death;

    @BeforeEach
    void octoberAtTheVillage() {
        village = new RegisterServices(world.willow.register, SyncWorld.CLOCK);
        township = new RegisterServices(world.township.register, SyncWorld.CLOCK);
        world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        Person grandpa = world.willow.addPerson("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5));
        death = village.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 10, 10), null,
                DeathCause.AGE, EventSource.SELF_REPORT));
    }

    @Test
    void anApprovedMonthShowsAtTheTownshipExactlyAsTheVillageComputedItAndIsLockedAtTheVillage() {
        DivisionStatistics computed = village.statistics().of(world.willow.code(), "柳树村", OCTOBER);
        village.signoffs().submit("2026-10");
        assertThat(state("410103100001")).isEqualTo(MonthState.NOT_SUBMITTED);

        ImportService.Outcome in = importAtTownship(world.willow.exportTo(world.stick, false));
        assertThat(in.message()).contains("2026-10");
        assertThat(world.willow.register.audit().list(org.villageregistry.domain.repository.AuditFilter.all()
                .of(org.villageregistry.domain.repository.AuditAction.BUNDLE_EXPORTED), 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).endsWith(" snapshot=false months=2026-10"));
        assertThat(state("410103100001")).isEqualTo(MonthState.PENDING);
        assertThat(state("410103100002")).isEqualTo(MonthState.NOT_SUBMITTED);

        township.signoffs().approve("410103100001", "2026-10");
        assertThat(state("410103100001")).isEqualTo(MonthState.APPROVED);
        DivisionStatistics shown = world.township.register.transactions()
                .read(() -> new LockedMonths(world.township.register).signed("410103100001", OCTOBER)).orElseThrow();
        assertThat(shown).isEqualTo(computed);

        receiptToVillage();
        // the township's own counts (conflicts, records not yet acknowledged) are of the day in the printed row
        Register reg = world.township.register;
        DivisionStatistics live = reg.transactions().read(() -> new org.villageregistry.service.StatisticsService(reg)
                .compute(OCTOBER)).villages().get(0);
        DivisionStatistics printed = reg.transactions().read(() -> new LockedMonths(reg).withSignedVillages(
                new org.villageregistry.service.StatisticsService(reg).compute(OCTOBER))).villages().get(0);
        assertThat(printed.dataQuality().unresolvedConflicts()).isPresent()
                .isEqualTo(live.dataQuality().unresolvedConflicts());
        assertThat(printed.dataQuality().notAcknowledged()).hasValue(0L);
        assertThat(printed.deaths()).isEqualTo(computed.deaths());
        Signoff own = village.signoffs().ownMonths().get(0);
        assertThat(own.state()).isEqualTo(State.APPROVED);
        assertThat(SignedFigures.read(own.figuresJson())).isEqualTo(computed);
        assertThat(world.willow.sync.village().tasks()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TaskKind.SIGNOFF_APPROVED);
            assertThat(t.message()).contains("2026-10").contains("锁定");
        });
        assertThatThrownBy(() -> village.signoffs().submit("2026-10")).isInstanceOf(RegistryException.class)
                .hasMessageContaining("2026-10").hasMessageContaining("已经审核通过");
        assertThat(village.signoffs().ownMonths()).singleElement().isEqualTo(own);
    }

    @Test
    void aMonthSubmittedAgainAfterItsApprovalIsNotReviewedAgainAndTheNextReceiptTellsTheVillage() {
        DivisionStatistics approved = village.statistics().of(world.willow.code(), "柳树村", OCTOBER);
        village.signoffs().submit("2026-10");
        importAtTownship(world.willow.exportTo(world.stick, false));
        township.signoffs().approve("410103100001", "2026-10");
        // the receipt with the approval never reaches the village; it records a birth of October, submits again
        world.willow.addPerson("李小宝", Sex.MALE, LocalDate.of(2026, 10, 20));
        village.signoffs().submit("2026-10");

        ImportService.Outcome in = importAtTownship(world.willow.exportTo(world.stick, false));
        assertThat(in.message()).contains("2026-10 月报表乡镇已经审核通过并锁定，这次报来的数字不再审核");
        assertThat(state("410103100001")).isEqualTo(MonthState.APPROVED);
        assertThat(world.township.register.transactions().read(() -> new LockedMonths(world.township.register)
                .signed("410103100001", OCTOBER))).contains(approved);
        village.signoffs().submit("2026-10");
        importAtTownship(world.willow.exportTo(world.stick, false));
        assertThat(world.township.register.transactions().read(() -> world.township.register.sync().feedback()
                .unsentFeedback("410103100001")).stream().filter(f -> f.kind()
                        == org.villageregistry.domain.sync.SyncRecords.FeedbackKind.SIGNOFF_APPROVED))
                .as("the approval once in the next receipt, however often the month comes again").hasSize(1);

        receiptToVillage();
        Signoff own = village.signoffs().ownMonths().get(0);
        assertThat(own.state()).isEqualTo(State.APPROVED);
        assertThat(SignedFigures.read(own.figuresJson())).isEqualTo(approved);
    }

    @Test
    void aReturnBecomesATaskWithItsReasonAndTheVillageSubmitsAgainWithoutNewChanges() {
        village.signoffs().submit("2026-10");
        importAtTownship(world.willow.exportTo(world.stick, false));
        township.signoffs().returnMonth("410103100001", "2026-10", "死亡人数与派出所名单不符");
        assertThat(state("410103100001")).isEqualTo(MonthState.RETURNED);
        receiptToVillage();

        assertThat(village.signoffs().ownMonths().get(0).state()).isEqualTo(State.RETURNED);
        assertThat(world.willow.sync.village().tasks()).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TaskKind.SIGNOFF_RETURNED);
            assertThat(t.message()).contains("2026-10").contains("死亡人数与派出所名单不符");
        });

        village.signoffs().submit("2026-10");
        ImportService.Outcome again = importAtTownship(world.willow.exportTo(world.stick, false));
        assertThat(again.applied()).isZero();
        assertThat(state("410103100001")).isEqualTo(MonthState.PENDING);
        township.signoffs().approve("410103100001", "2026-10");
        assertThat(state("410103100001")).isEqualTo(MonthState.APPROVED);
    }

    @Test
    void aBundleThatOnlySubmitsAMonthIsImportedOnceAndAnOlderSubmissionNeverReplacesANewerOne() {
        village.signoffs().submit("2026-10");
        importAtTownship(world.willow.exportTo(world.stick, false));
        township.signoffs().returnMonth("410103100001", "2026-10", "出生人数不符");
        receiptToVillage();

        // the village submits again, twice, an hour apart, each time with no new change
        new RegisterServices(world.willow.register, later(1)).signoffs().submit("2026-10");
        Path first = world.willow.exportTo(world.stick, false);
        new RegisterServices(world.willow.register, later(2)).signoffs().submit("2026-10");
        Path second = world.willow.exportTo(world.stick, false);
        var secondInfo = world.township.sync.verify().verify(second).info().orElseThrow();
        assertThat(world.township.sync.verify().alreadyImported(secondInfo))
                .as("the check before 导入 lets a bundle through that still brings a month").isEmpty();

        // the newer arrives first; the older, imported after it, does not put its submission back
        assertThat(importAtTownship(second).message()).contains("2026-10");
        Signoff newer = world.township.register.transactions()
                .read(() -> world.township.register.sync().signoffs().find("410103100001", "2026-10")).orElseThrow();
        assertThat(newer.submittedAt()).isEqualTo(later(2).instant());
        importAtTownship(first);
        assertThat(world.township.register.transactions()
                .read(() -> world.township.register.sync().signoffs().find("410103100001", "2026-10")).orElseThrow()
                .submissionId()).isEqualTo(newer.submissionId());

        // each is recorded as imported: a second import says so, 各村 shows the latest, the county gets it, audited
        assertThat(world.township.sync.imports().importAll(List.of(second), SyncWorld.QUIET)).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ImportService.Status.ALREADY_IMPORTED));
        assertThat(world.township.sync.verify().alreadyImported(secondInfo)).isPresent();
        assertThat(new org.villageregistry.service.sync.TownshipSyncStatus(world.township.sync.identity())
                .of("410103100001").lastSequence()).hasValue(secondInfo.sequence());
        assertThat(world.township.register.transactions().read(() -> world.township.register.sync().outbox()
                .holds(secondInfo.bundleId()))).isTrue();
        assertThat(world.township.register.audit().list(org.villageregistry.domain.repository.AuditFilter.all()
                .of(org.villageregistry.domain.repository.AuditAction.BUNDLE_IMPORTED), 0, 10)).hasSize(3);
        assertThat(state("410103100001")).isEqualTo(MonthState.PENDING);
    }

    private static java.time.Clock later(int hours) {
        return java.time.Clock.offset(SyncWorld.CLOCK, java.time.Duration.ofHours(hours));
    }

    @Test
    void theTownshipsHomeScreenListsTheMonthsToReviewAndTheMonthOverdue() {
        village.signoffs().submit("2026-10");
        importAtTownship(world.willow.exportTo(world.stick, false));
        // November (today 2026-11-30) is not over: nothing is due for it yet; October was due on 2026-11-03
        List<org.villageregistry.service.home.TodayItem> items = new org.villageregistry.service.home.TodayService(
                world.township.register, SyncWorld.CLOCK, new org.villageregistry.service.QualityCheckService(
                        world.township.register, SyncWorld.CLOCK)).items();
        assertThat(records(items, org.villageregistry.service.home.TodayItem.Kind.MONTHS_TO_REVIEW))
                .containsExactly("柳树村 2026-10 月报表 待审（2026-11-30 提交）");
        assertThat(records(items, org.villageregistry.service.home.TodayItem.Kind.MONTHS_OVERDUE))
                .containsExactly("杨庄村 2026-10 月报表 未报，应在 2026-11-03 前报出");

        township.signoffs().approve("410103100001", "2026-10");
        items = new org.villageregistry.service.home.TodayService(world.township.register, SyncWorld.CLOCK,
                new org.villageregistry.service.QualityCheckService(world.township.register, SyncWorld.CLOCK)).items();
        assertThat(records(items, org.villageregistry.service.home.TodayItem.Kind.MONTHS_TO_REVIEW)).isEmpty();
    }

    private static List<String> records(List<org.villageregistry.service.home.TodayItem> items,
                                        org.villageregistry.service.home.TodayItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst().orElseThrow().records().stream()
                .map(r -> r.village() + " " + r.name() + " " + r.detail()).toList();
    }

    @Test
    void aCorrectionAfterApprovalLeavesTheSignedMonthAndIsReportedAsACorrectionInTheNextMonth() {
        approveOctober();
        village.eventCorrections().correct(new Death(death.id(), death.version(), death.owner(), death.personId(),
                LocalDate.of(2026, 11, 5), null, DeathCause.AGE, death.recorded(), null), CorrectionReason.DOCUMENT);

        Register register = world.willow.register;
        LockedMonths locked = new LockedMonths(register);
        assertThat(register.transactions().read(() -> locked.signed(world.willow.code(), OCTOBER)).orElseThrow()
                .deaths()).isEqualTo(1);
        assertThat(village.statistics().of(world.willow.code(), "柳树村", OCTOBER).deaths()).isZero();
        List<LockedMonths.Correction> corrections = register.transactions()
                .read(() -> locked.corrections(world.willow.code(), "柳树村", Period.parse("2026-11")));
        assertThat(corrections).singleElement().satisfies(c -> {
            assertThat(c.period()).isEqualTo("2026-10");
            assertThat(c.differences()).anySatisfy(d -> {
                assertThat(d.label()).isEqualTo("死亡人数");
                assertThat(d.signed()).isEqualTo(1);
                assertThat(d.now()).isZero();
                assertThat(d.change()).isEqualTo(-1);
            });
        });
        assertThat(register.transactions().read(() -> locked.corrections(world.willow.code(), "柳树村", OCTOBER)))
                .as("a month lists corrections of earlier months only").isEmpty();

        importAtTownship(world.willow.exportTo(world.stick, false));
        Register town = world.township.register;
        assertThat(town.transactions().read(() -> new LockedMonths(town)
                .corrections("410103100001", "柳树村", Period.parse("2026-11"))))
                .singleElement().satisfies(c -> assertThat(c.differences()).extracting(d -> d.figure())
                        .contains("deaths"));
    }

    @Test
    void badDecisionsAreRefusedQuotingWhatWasTypedAndChangeNothing() {
        assertRefused(() -> township.signoffs().approve("410103100001", "2026-10"), "柳树村", "2026-10", "还没有送到");
        village.signoffs().submit("2026-10");
        importAtTownship(world.willow.exportTo(world.stick, false));
        assertRefused(() -> township.signoffs().returnMonth("410103100001", "2026-10", "  "), "2026-10", "原因");
        assertRefused(() -> township.signoffs().approve("410103100099", "2026-10"), "410103100099");
        assertRefused(() -> township.signoffs().approve("410103100001", "2026-13"), "2026-13");
        assertRefused(() -> township.signoffs().approve("410103100001", "2026-Q4"), "2026-Q4");
        assertRefused(() -> township.signoffs().status("十月"), "十月");
        assertThat(state("410103100001")).isEqualTo(MonthState.PENDING);
        assertThat(world.township.register.transactions()
                .read(() -> world.township.register.sync().feedback().unsentFeedback("410103100001"))).isEmpty();
        assertRefused(() -> village.signoffs().submit("2026-11"), "2026-11", "还没有结束");
        assertRefused(() -> village.signoffs().submit("2026/10"), "2026/10");
    }

    @Test
    void theTownshipNamesTheMonthsOverdueAfterTheThirdOfTheNextMonth() {
        List<VillageMonth> october = township.signoffs().status("2026-10");
        assertThat(october).extracting(VillageMonth::overdue).containsOnly(true);
        assertThat(october.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        List<VillageMonth> november = new RegisterServices(world.township.register,
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-03T10:00:00Z"), java.time.ZoneOffset.UTC))
                .signoffs().status("2026-11");
        assertThat(november).extracting(VillageMonth::overdue).containsOnly(false);
    }

    private void approveOctober() {
        village.signoffs().submit("2026-10");
        importAtTownship(world.willow.exportTo(world.stick, false));
        township.signoffs().approve("410103100001", "2026-10");
        receiptToVillage();
    }

    private void assertRefused(Runnable action, String... quoted) {
        assertThatThrownBy(action::run).isInstanceOf(RegistryException.class).satisfies(e -> {
            for (String q : quoted) {
                assertThat(e.getMessage()).contains(q);
            }
        });
    }

    private MonthState state(String code) {
        return township.signoffs().status("2026-10").stream().filter(v -> v.village().equals(code)).findFirst()
                .orElseThrow().state();
    }

    private void receiptToVillage() {
        Path receipt = world.township.sync.receipts().write("410103100001", world.stick).file();
        List<ImportService.Outcome> out = world.willow.sync.imports().importAll(List.of(receipt), SyncWorld.QUIET);
        assertThat(out).singleElement().satisfies(o -> assertThat(o.status()).as(o.message())
                .isEqualTo(ImportService.Status.IMPORTED));
    }

    private ImportService.Outcome importAtTownship(Path file) {
        List<ImportService.Outcome> out = world.township.sync.imports().importAll(List.of(file), SyncWorld.QUIET);
        assertThat(out).singleElement().satisfies(o -> assertThat(o.status()).as(o.message())
                .isEqualTo(ImportService.Status.IMPORTED));
        return out.get(0);
    }
}
