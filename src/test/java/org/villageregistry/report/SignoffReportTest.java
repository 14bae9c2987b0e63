package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.sync.SyncWorld;

/**
 * 柳树村's October is approved, then a death of October is corrected to November: October's report still prints
 * the signed figures, November's (village and township) lists the correction, and the township names 杨庄村 overdue.
 */
class SignoffReportTest {
    @TempDir
    Path temp;
    SyncWorld world;
    Death death;

    @BeforeEach
    void octoberApprovedThenCorrected() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
        RegisterServices village = new RegisterServices(world.willow.register, SyncWorld.CLOCK);
        Person grandpa = world.willow.addPerson("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5));
        world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        death = village.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 10, 10), null,
                DeathCause.AGE, EventSource.SELF_REPORT));
        village.signoffs().submit("2026-10");
        world.township.sync.imports().importAll(List.of(world.willow.exportTo(world.stick, false)), SyncWorld.QUIET);
        new RegisterServices(world.township.register, SyncWorld.CLOCK).signoffs().approve("410103100001", "2026-10");
        Path receipt = world.township.sync.receipts().write("410103100001", world.stick).file();
        world.willow.sync.imports().importAll(List.of(receipt), SyncWorld.QUIET);
        village.eventCorrections().correct(new Death(death.id(), death.version(), death.owner(), death.personId(),
                LocalDate.of(2026, 11, 5), null, DeathCause.AGE, death.recorded(), null), CorrectionReason.DOCUMENT);
        world.township.sync.imports().importAll(List.of(world.willow.exportTo(world.stick, false)), SyncWorld.QUIET);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theLockedMonthPrintsTheSignedFiguresAndTheNextMonthListsTheCorrection() {
        Register register = world.willow.register;
        ReportHeader header = new ReportHeader("410103100001", "柳树村", "张会计", LocalDateTime.of(2026, 11, 30, 9, 0),
                new ProgramBuild("0.1.0", "2026-11-30"));
        assertThat(new VillageMonthlyReports(register).build(header, Period.parse("2026-10"), CancelCheck.NEVER)
                .thisMonth().deaths()).as("signed, although the death is now in November").isEqualTo(1);

        String october = text(register, ReportKind.VILLAGE_MONTHLY, "2026-10", "signoff-village-2026-10.pdf");
        assertThat(october).contains("审核").contains("经乡镇审核通过").contains("签报数字（已锁定）")
                .contains("以前已审核的月份没有补报或更正");
        // the column says it is as signed; the page says the rest is today's register and what moved since
        assertThat(october).contains("本月（2026-10）·签报数").contains("本年度累计、去年同期、事件明细")
                .contains("“本月（2026-10）”一栏为乡镇审核通过时的签报数字（已锁定），其余各栏")
                .containsPattern("审核通过后本月又有更改（签报数 → 现数）：[^。]*死亡人数 1 → 0");

        // the 报表 screen's side panel of the same month: as signed too, with the same note
        MonthFigures figures = reports(register).figures(Period.parse("2026-10"));
        assertThat(figures.lines()).filteredOn(l -> l.label().equals("死亡人数")).singleElement()
                .extracting(MonthFigures.Line::value).isEqualTo("1");
        assertThat(figures.notes().get(0)).contains("签报数字（已锁定）");
        assertThat(figures.notes().get(1)).contains("死亡人数 1 → 0");
        assertThat(reports(register).figures(Period.parse("2026-11")).notes())
                .noneMatch(n -> n.contains("签报"));

        String november = text(register, ReportKind.VILLAGE_MONTHLY, "2026-11", "signoff-village-2026-11.pdf");
        assertThat(november).contains("2026-11 月报表尚未提交审核").doesNotContain("已逾期").contains("补报/更正")
                .contains("所属月份")
                .contains("签报数").contains("现数").contains("差额");
        assertThat(november).containsPattern("2026-10\\s*死亡人数\\s*1\\s*0\\s*-1");
    }

    @Test
    void aMonthNotSubmittedAfterItsDueDayIsCalledOverdue() {
        ReportDocument empty = new ReportDocument("村人口信息月报", false, null, List.of());
        String before = text(SignoffSections.village(empty, "2026-11", java.util.Optional.empty(), List.of(), List.of(),
                java.time.ZoneOffset.UTC, java.time.LocalDate.of(2026, 12, 3)));
        String after = text(SignoffSections.village(empty, "2026-11", java.util.Optional.empty(), List.of(), List.of(),
                java.time.ZoneOffset.UTC, java.time.LocalDate.of(2026, 12, 7)));

        assertThat(before).contains("2026-11 月报表尚未提交审核（应在下月 3 日前报出）");
        assertThat(after).contains("2026-11 月报表尚未提交审核，已逾期（应在 2026-12-03 前报出）");
    }

    private static String text(ReportDocument doc) {
        return doc.blocks().stream().filter(ReportDocument.Lines.class::isInstance)
                .flatMap(b -> ((ReportDocument.Lines) b).lines().stream()).collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void theTownshipReportShowsEachVillagesStateNamesTheOverdueAndListsCorrections() {
        Register town = world.township.register;
        String october = text(town, ReportKind.TOWNSHIP_MONTHLY, "2026-10", "signoff-township-2026-10.pdf");
        assertThat(october).contains("已审核通过（锁定）的村按签报数字列出：柳树村；合计是各行相加");
        assertThat(october).contains("审核状态").contains("柳树村").contains("已审")
                .contains("杨庄村").contains("未报（逾期）").contains("逾期（应在 2026-11-03 前报出）：杨庄村");

        String november = text(town, ReportKind.TOWNSHIP_MONTHLY, "2026-11", "signoff-township-2026-11.pdf");
        assertThat(november).contains("没有逾期的村").contains("补报/更正").doesNotContain("按签报数字列出");
        assertThat(november).containsPattern("柳树村\\s*2026-10\\s*死亡人数\\s*1\\s*0\\s*-1");
    }

    private static ReportService reports(Register register) {
        return new ReportService(register, SyncWorld.CLOCK, BundleArrivals.NOT_TRACKED, ReceiptSigning.UNAVAILABLE,
                new ProgramBuild("0.1.0", "2026-11-30"));
    }

    private static String text(Register register, ReportKind kind, String period, String keep) {
        byte[] pdf = reports(register).pdf(ReportRequest.monthly(kind, Period.parse(period)), ReportProgress.NONE,
                CancelCheck.NEVER);
        PdfText.keep(pdf, keep);
        return new PdfText(pdf).all();
    }
}
