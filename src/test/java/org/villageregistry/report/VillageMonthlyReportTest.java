package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;

/** 柳树村's November 2026 report, every figure counted by hand from the story in {@link Liushu}. */
class VillageMonthlyReportTest {
    @TempDir
    Path home;

    Liushu village;
    ReportService reports;

    @BeforeEach
    void november() {
        Messages.setLocale(Messages.CHINESE);
        village = new Liushu(home).november();
        reports = new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));
    }

    @AfterEach
    void close() {
        village.register.close();
    }

    private VillageMonthlyReport model() {
        ReportHeader header = new ReportHeader(Liushu.VILLAGE, "柳树村", "张会计", Liushu.TODAY.atTime(9, 30), new ProgramBuild("0.1.0", "2026-11-30"));
        return new VillageMonthlyReports(village.register).build(header, Period.parse("2026-11"), CancelCheck.NEVER);
    }

    @Test
    void theMonthColumnMatchesTheHandCount() {
        VillageMonthlyReport report = model();
        // on 31 October: the five of 1 January, 周小虎 (2025-11) and 周小梅 (2026-10)
        long start = 5 + 1 + 1;
        long births = 1;
        long deaths = 1;
        long movesIn = 1;
        long movesOut = 1;
        long end = start + births + movesIn - deaths - movesOut;
        double average = (start + end) / 2.0;

        var m = report.thisMonth();
        assertThat(m.populationStart()).isEqualTo(start);
        assertThat(m.populationEnd()).isEqualTo(end);
        assertThat(m.births().total()).isEqualTo(births);
        assertThat(m.births().female()).isEqualTo(1);
        assertThat(m.births().second()).as("王小红 is 李秀英's second child").isEqualTo(1);
        assertThat(m.deaths()).isEqualTo(deaths);
        assertThat(m.movesIn()).isEqualTo(movesIn);
        assertThat(m.movesOut()).as("going to work elsewhere does not leave the register").isEqualTo(movesOut);
        assertThat(m.balance().balanced()).isTrue();
        assertThat(m.birthRate().orElseThrow().value()).isCloseTo(births / average * 1000 * 12,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.women15to49()).as("李秀英 34 and 周红 41").isEqualTo(2);
        assertThat(Indicator.BIRTH_RATE.value(m)).isEqualTo(String.format(Locale.ROOT, "%.2f‰",
                births / average * 12000));
    }

    @Test
    void theMovesListSaysWhereEachPersonCameFromOrWentNotTheVillagesOwnCode() {
        VillageMonthlyReport report = model();

        assertThat(report.moves()).extracting(EventLine::detail).containsExactly(
                "来自 410103200001 · 婚嫁", "去往 410103100002 · 投亲", "去往 广东东莞 · 务工");
        assertThat(report.moves()).extracting(EventLine::detail).noneMatch(d -> d.contains(Liushu.VILLAGE));
    }

    @Test
    void yearToDateRunsFromTheFirstOfOctoberAndLastYearIsNovember2025() {
        VillageMonthlyReport report = model();

        assertThat(report.yearToDate().from()).hasToString("2026-10-01");
        assertThat(report.yearToDate().to()).hasToString("2026-11-30");
        assertThat(report.toDate().births().total()).as("周小梅 in October, 王小红 in November").isEqualTo(2);
        assertThat(report.toDate().births().female()).isEqualTo(2);
        assertThat(report.toDate().populationStart()).as("the five and 周小虎 on 30 September").isEqualTo(6);
        assertThat(report.lastYear().births().total()).as("周小虎, 2025-11-03").isEqualTo(1);
        assertThat(report.lastYear().births().male()).isEqualTo(1);
        assertThat(report.lastYear().populationStart()).isZero();
    }

    @Test
    void theListsNameTheMonthsEventsAndTheChartsCountThePeople() {
        VillageMonthlyReport report = model();

        assertThat(report.births()).singleElement().satisfies(b -> {
            assertThat(b.persons()).isEqualTo("王小红");
            assertThat(b.detail()).contains("李秀英").contains("王建国");
        });
        assertThat(report.deaths()).extracting(EventLine::persons).containsExactly("王奶奶");
        assertThat(report.moves()).extracting(EventLine::persons).containsExactly("赵刚", "王小明", "王建国");
        assertThat(report.marriages()).isEmpty();

        assertThat(report.birthsByMonth()).hasSize(12);
        assertThat(report.birthsByMonth().get(0).month()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(report.birthsByMonth()).filteredOn(b -> b.female() + b.male() > 0)
                .extracting(MonthBirths::month).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));

        AgePyramid p = report.pyramid();
        assertThat(p.total()).isEqualTo(report.thisMonth().populationEnd());
        assertThat(p.groups().get(0)).isEqualTo("0–4");
        assertThat(p.male().get(0)).as("周小虎").isEqualTo(1);
        assertThat(p.female().get(0)).as("周小梅 and 王小红").isEqualTo(2);
        assertThat(p.male().get(7)).as("王建国, 36, away but still in the register").isEqualTo(1);
        assertThat(p.female().get(8)).as("周红, 41").isEqualTo(1);
    }

    @Test
    void aQuartersReportIsAQuarterlyReportNotAMonthsOne() {
        PdfText quarter = new PdfText(reports.pdf(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY,
                Period.parse("2026-Q4")), ReportProgress.NONE, CancelCheck.NEVER));
        assertThat(quarter.all()).contains("村人口信息季报", "本季度（2026-Q4）", "上年同季度（2025-Q4）", "本季度出生",
                "本季度迁移").doesNotContain("月报", "本月", "上年同月");
        PdfText year = new PdfText(reports.pdf(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY,
                Period.parse("2026")), ReportProgress.NONE, CancelCheck.NEVER));
        assertThat(year.all()).contains("村人口信息年报", "本年（2026）", "上年（2025）", "本年死亡")
                .doesNotContain("月报", "本月", "上年同月");
        assertThat(ReportKind.TOWNSHIP_MONTHLY.title("2026-Q4")).isEqualTo("乡镇人口信息季报");
        assertThat(ReportKind.TOWNSHIP_MONTHLY.title("2026-11")).isEqualTo("乡镇人口信息月报");
        assertThat(ReportKind.TOWNSHIP_MONTHLY.title("十一月")).isEqualTo("乡镇人口信息月报");
    }

    @Test
    void thePrintedReportShowsTheLabelsTheNumbersAndEmbedsTheSubsetFont() {
        byte[] pdf = reports.pdf(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")),
                ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "village-monthly.pdf");
        PdfText text = new PdfText(pdf);

        assertThat(text.all()).contains("村人口信息月报", "柳树村", "410103100001", "2026-11", "2026-10-01",
                "期初人口", "本年度累计", "上年同月", "王小红", "王奶奶", "赵刚", "填表人", "审核人", "报出日期",
                "近 12 个月出生人数", "人口年龄性别金字塔");
        assertThat(text.all()).contains(String.format(Locale.ROOT, "%.2f", 1 / 7.0 * 12000));
        // counts of the day: once, under this month; "—" under the year to date and last year
        assertThat(text.all()).containsPattern("未经乡镇回执确认的记录\\s*\\d+\\s*—\\s*—")
                .contains("“未处理的冲突”“未经乡镇回执确认的记录”是制表当天的数（不分期），只列在本期一栏");
        // the 报表 screen's side panel explains its annualised rates, as the page does
        assertThat(reports.figures(Period.parse("2026-11")).notes()).anyMatch(n -> n.startsWith("出生率 = 出生"));
        for (int i = 0; i < text.pages.size(); i++) {
            assertThat(text.pages.get(i)).contains("第 " + (i + 1) + " 页 / 共 " + text.pages.size() + " 页")
                    .contains("张会计").contains("2026-12-02 09:30").contains("版本 0.1.0（2026-11-30 构建）");
        }
        assertThat(text.fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).isTrue();
            assertThat(f.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
        });
    }

    @Test
    void copyingTextFromThePdfGivesTheCharactersThatWerePrintedNotTheRadicalsSharingTheirGlyphs() {
        byte[] pdf = reports.pdf(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")),
                ReportProgress.NONE, CancelCheck.NEVER);
        String text = new PdfText(pdf).all();

        assertThat(text).contains("人口", "第 1 页", "出生人数");
        assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).toArray())
                .as("CJK radicals (U+2E80–U+2FDF) in the extracted text").isEmpty();
    }
}
