package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.indicator.BenefitFigures;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;

/**
 * 柳树村's November with its health services and one 育儿补贴 payment ({@link Liushu#services()}): the monthly
 * reports print each rate with its counts and the small-numbers mark, and November's one girl and no boy give a
 * sex ratio of "—", never "0.0".
 */
class MonitoringFiguresReportTest {
    @TempDir
    Path home;

    Liushu village;
    ReportService reports;

    @BeforeEach
    void november() {
        Messages.setLocale(Messages.CHINESE);
        village = new Liushu(home).november();
        village.services();
        village.payments("2026-11", Money.yuan(300), List.of(village.wife));
        reports = new ReportService(village.register, Liushu.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));
    }

    @AfterEach
    void close() {
        village.register.close();
    }

    @Test
    void theVillagesFiguresAreTheHandCount() {
        DivisionStatistics m = new VillageMonthlyReports(village.register).build(new ReportHeader(Liushu.VILLAGE,
                "柳树村", "张会计", Liushu.TODAY.atTime(9, 30), new ProgramBuild("0.1.0", "2026-11-30")),
                Period.parse("2026-11"), CancelCheck.NEVER).thisMonth();

        assertThat(m.serviceCoverage().healthChecks()).isEqualTo(new Share(1, 2));
        assertThat(m.serviceCoverage().awayHealthChecks()).isEqualTo(new Share(1, 1));
        assertThat(m.serviceCoverage().followUps()).isEqualTo(new Share(1, 1));
        assertThat(m.serviceCoverage().awayFollowUps()).isEqualTo(new Share(1, 1));
        assertThat(m.serviceCoverage().postnatalVisits()).isEqualTo(new Share(1, 1));
        assertThat(m.serviceCoverage().awayPostnatalVisits()).isEqualTo(new Share(0, 0));
        assertThat(m.benefits().get(ProgrammeKind.CHILDCARE_SUBSIDY)).isEqualTo(new BenefitFigures(1, Money.yuan(300)));
        assertThat(m.benefits().get(ProgrammeKind.RURAL_REWARD)).isEqualTo(BenefitFigures.NONE);
        assertThat(m.underReporting()).as("a village holds no reconciliation list").isEmpty();
        assertThat(m.dataQuality().unresolvedConflicts()).as("a village keeps no conflict list").isEmpty();
        assertThat(m.dataQuality().notAcknowledged()).as("nothing sent to the township yet").hasValueSatisfying(
                n -> assertThat(n).isPositive());
        assertThat(m.dataQuality().invalidIds()).isZero();
    }

    @Test
    void theVillageReportPrintsEachRateWithItsCountsAndTheSexRatioOfOneGirlAsADash() {
        byte[] pdf = reports.pdf(ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11")),
                ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "village-monthly-monitoring.pdf");
        String text = new PdfText(pdf).all();

        assertThat(text).contains("妇女健康检查", "50.0% (1/2)*", "流出已婚育龄妇女健康检查", "100.0% (1/1)*",
                "产后 7 天内访视", "育儿补贴（人数 / 发放金额）", "1 / ¥300.00", "个人信息完整率", "身份证号错误",
                "出生漏报率", "未经乡镇回执确认的记录");
        assertThat(text).contains("— (0/1)*").doesNotContain("0.0 (0/1)");
        assertThat(text).contains("出生数少于 50 例的出生性别比").contains("无从计算");
    }

    @Test
    void theTownshipReportHasATablePerGroupAndTheSameMarks() {
        // the township's layout over 柳树村's register: the service prints it only at a township workstation
        byte[] pdf = new PdfRenderer().render(MonthlyLayouts.township(new TownshipMonthlyReports(village.register,
                BundleArrivals.NOT_TRACKED).build(new ReportHeader(Liushu.VILLAGE, "柳树村", "张会计",
                Liushu.TODAY.atTime(9, 30), new ProgramBuild("0.1.0", "2026-11-30")), Period.parse("2026-11"),
                CancelCheck.NEVER)), ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "township-monthly-monitoring.pdf");
        String text = new PdfText(pdf).all();

        assertThat(text).contains("人口与出生", "服务覆盖", "奖励扶助与补贴", "出生漏报与数据质量");
        assertThat(text).contains("— (0/1)*").doesNotContain("0.0 (0/1)").contains("50.0% (1/2)*")
                .contains("1 / ¥300.00").contains("出生数少于 50 例的出生性别比");
    }
}
