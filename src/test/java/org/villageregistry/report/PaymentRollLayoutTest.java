package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;

/** The 发放花名册 as the payees and the office sign and stamp it. */
class PaymentRollLayoutTest {
    @TempDir
    Path home;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void theSignaturesAndTheStampNeverStandAloneOnTheirPage() {
        for (int payees = 1; payees <= 60; payees++) {
            PdfText text = new PdfText(new PdfRenderer().render(DocumentLayouts.roll(roll(payees)),
                    ReportProgress.NONE, CancelCheck.NEVER));

            String last = text.pages.get(text.pages.size() - 1);
            assertThat(last).as("%d payees: the page with the signatures", payees)
                    .contains("发放人", "（盖章）", "合计").containsPattern("周\\d+");
        }
    }

    @Test
    void aParentListedTwiceForTwoChildrenShowsWhichChildEachLineIsFor() {
        Liushu village = new Liushu(home.resolve("ws")).november();
        try {
            village.childcare("2026-11", Money.yuan(300), village.zhouHong, List.of("周小虎", "周小梅"));
            ReportService reports = new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                    ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));

            PdfText text = new PdfText(reports.pdf(ReportRequest.roll("YEBT", Period.parse("2026-11")),
                    ReportProgress.NONE, CancelCheck.NEVER));

            assertThat(text.all().replaceAll("\\s+", "")).as("read without the line breaks of wrapped cells")
                    .contains("发放事由", "子女周小虎（2025-11-03出生）", "子女周小梅（2026-10-08出生）");
        } finally {
            village.register.close();
        }
    }

    @Test
    void withoutTheProgrammeCodeTheMessageNamesTheCodesThereAre() {
        Liushu village = new Liushu(home.resolve("ws")).november();
        try {
            village.payments("2026-11", Money.yuan(300), List.of(village.zhouHong));
            ReportService reports = new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                    ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.pdf(ReportRequest.roll("TBFZ",
                    Period.parse("2026-11")), ReportProgress.NONE, CancelCheck.NEVER))
                    .hasMessageContaining("“TBFZ”").hasMessageContaining("YEBT");
        } finally {
            village.register.close();
        }
    }

    @Test
    void theRollIsOfferedForThePeriodTheProgrammePaysNotForAMonthOfAYearlyProgramme() {
        Liushu village = new Liushu(home.resolve("ws")).november();
        try {
            village.payments("2026", Money.yuan(3600), List.of(village.zhouHong));
            ReportService reports = new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                    ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));

            String period = reports.rollPeriod("YEBT");

            assertThat(period).isEqualTo("2026");
            assertThat(new PdfText(reports.pdf(ReportRequest.roll("YEBT", Period.parse(period)), ReportProgress.NONE,
                    CancelCheck.NEVER)).all()).contains("共 1 笔（1 人）", "¥3,600.00");
        } finally {
            village.register.close();
        }
    }

    @org.junit.jupiter.api.Test
    void aParentPaidForTwoChildrenIsOnePayeeOnTwoLines() {
        PaymentRoll roll = roll(3);
        List<PaymentRoll.Line> lines = new ArrayList<>(roll.lines());
        lines.add(new PaymentRoll.Line("", "周1", "410103********0266", "0001", "2026-11", "子女 小4",
                Money.yuan(300)));
        PaymentRoll twice = new PaymentRoll(roll.header(), "YEBT", "育儿补贴", "2026-11", false, lines);
        assertThat(twice.payees()).isEqualTo(3);
        assertThat(twice.lines()).hasSize(4);
    }

    @Test
    void aYearsRollOfAMonthlyProgrammeSaysWhichMonthEachLinePays() {
        ReportHeader header = roll(1).header();
        List<PaymentRoll.Line> lines = List.of(
                new PaymentRoll.Line("", "冯欣怡", "410103********0266", "0007", "2026-10", "特别扶助", Money.yuan(590)),
                new PaymentRoll.Line("", "冯欣怡", "410103********0266", "0007", "2026-11", "特别扶助", Money.yuan(590)));
        String year = new PdfText(new PdfRenderer().render(DocumentLayouts.roll(new PaymentRoll(header, "TBFZ",
                "特别扶助", "2026", false, lines)), ReportProgress.NONE, CancelCheck.NEVER)).all().replaceAll("\\s+", "");
        String month = new PdfText(new PdfRenderer().render(DocumentLayouts.roll(new PaymentRoll(header, "TBFZ",
                "特别扶助", "2026-11", false, lines.subList(1, 2))), ReportProgress.NONE, CancelCheck.NEVER)).all();

        assertThat(year).contains("所属期", "00072026-10特别扶助", "00072026-11特别扶助", "¥1,180.00");
        assertThat(month).as("a month's roll: every line is of that month").doesNotContain("所属期");
    }

    @Test
    void anEmptyRollSaysTheBatchMayNotBeMadeYet() {
        String text = new PdfText(new PdfRenderer().render(DocumentLayouts.roll(new PaymentRoll(roll(1).header(),
                "TBFZ", "特别扶助", "2026-11", false, List.of())), ReportProgress.NONE, CancelCheck.NEVER)).all()
                .replaceAll("\\s+", "");

        assertThat(text).contains("共0笔", "特别扶助在2026-11没有发放记录", "发放批次");
    }

    private static PaymentRoll roll(int payees) {
        List<PaymentRoll.Line> lines = new ArrayList<>();
        for (int i = 0; i < payees; i++) {
            lines.add(new PaymentRoll.Line("", "周" + (i + 1), "410103********0266", String.format("%04d", i + 1),
                    "2026-11", "子女 小" + (i + 1), Money.yuan(300)));
        }
        return new PaymentRoll(new ReportHeader(Liushu.VILLAGE, "柳树村", "张会计", LocalDateTime.of(2026, 12, 2, 9, 30),
                new ProgramBuild("0.1.0", "2026-11-30")), "YEBT", "育儿补贴", "2026-11", false, lines);
    }
}
