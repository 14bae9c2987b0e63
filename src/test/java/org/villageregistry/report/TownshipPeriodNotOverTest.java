package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.sync.SyncWorld;

/** On 2026-11-30 the clerk prints November: it is not over, so no village's bundle is "missing" yet. */
class TownshipPeriodNotOverTest {
    private final SyncWorld world;

    TownshipPeriodNotOverTest() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(Files.createTempDirectory("period-not-over"));
        world.willow.addPerson("张伟", Sex.MALE, LocalDate.of(1985, 6, 1));
        world.township.sync.imports().importAll(java.util.List.of(world.willow.exportTo(world.stick, false)),
                SyncWorld.QUIET);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aMonthUnderWayNamesNoVillageAsMissingAndSaysItIsNotOver() {
        ReportService reports = new ReportService(world.township.register, SyncWorld.CLOCK,
                (code, period) -> BundleArrivals.Arrival.MISSING, ReceiptSigning.UNAVAILABLE,
                new ProgramBuild("0.1.0", "2026-11-30"));
        String november = text(reports, "2026-11");
        assertThat(november).contains("注意：统计期 2026-11 到 2026-11-30 才结束，本表只是到 2026-11-30 为止登记的数字（年龄按期末 2026-11-30 计）",
                "本期到 2026-11-30 才结束，各村本期的数据包要在期末以后才能报来", "本期未结束")
                .doesNotContain("本期数据包未到的村").doesNotContain("未收到");
        String october = text(reports, "2026-10");
        assertThat(october).contains("本期数据包未到的村：柳树村", "未收到").doesNotContain("注意：统计期")
                .contains("率的算法（以合计为例）：出生率 = 出生 0 例 ÷ 平均人口").contains("× 12 ÷ 1 个月（按年折算；");
    }

    private static String text(ReportService reports, String period) {
        return new PdfText(reports.pdf(ReportRequest.monthly(ReportKind.TOWNSHIP_MONTHLY, Period.parse(period)),
                ReportProgress.NONE, CancelCheck.NEVER)).all();
    }
}
