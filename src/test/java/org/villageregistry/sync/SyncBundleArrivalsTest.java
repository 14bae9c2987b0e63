package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.ReportKind;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BundleArrivals.Arrival;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;

/**
 * 柳树村 sends its bundle on 30 November, 杨庄村 on 2 December; 城关镇 asks whose November bundle has arrived and
 * prints the township report naming the village still to send.
 */
class SyncBundleArrivalsTest extends SyncWorldTest {
    SyncBundleArrivals arrivals;

    @BeforeEach
    void bundlesReachTheTownship() throws Exception {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.poplar.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        importAtTownship(world.willow.exportTo(world.stick, false));
        world.poplar.sync = SyncModule.services(world.poplar.register,
                Clock.fixed(Instant.parse("2026-12-02T02:00:00Z"), ZoneOffset.UTC));
        importAtTownship(world.poplar.exportTo(world.stick, false));
        arrivals = new SyncBundleArrivals(world.township.register, ZoneOffset.UTC);
    }

    private void importAtTownship(Path bundle) {
        assertThat(world.township.sync.imports().importAll(List.of(bundle), SyncWorld.QUIET))
                .allSatisfy(o -> assertThat(o.status().name()).isEqualTo("IMPORTED"));
    }

    @Test
    void aBundleWrittenAfterTheMonthEndedCoversTheMonthAndOneWrittenBeforeDoesNot() {
        Period november = Period.parse("2026-11");

        assertThat(arrivals.arrival(world.poplar.code(), november)).isEqualTo(Arrival.RECEIVED);
        assertThat(arrivals.arrival(world.willow.code(), november))
                .as("written on 30 November, before the month was over").isEqualTo(Arrival.MISSING);
        assertThat(arrivals.arrival(world.willow.code(), Period.parse("2026-10"))).isEqualTo(Arrival.RECEIVED);
        assertThat(arrivals.arrival(world.poplar.code(), Period.parse("2026-12"))).isEqualTo(Arrival.MISSING);
    }

    @Test
    void aVillageTheTownshipNeverExchangedBundlesWithIsUnknownNotMissing() {
        assertThat(arrivals.arrival("410103100009", Period.parse("2026-11"))).isEqualTo(Arrival.UNKNOWN);
    }

    @Test
    void theTownshipReportNamesTheVillageWhoseBundleHasNotArrived() throws Exception {
        // printed on 2 December, once November is over (on 30 November no bundle could have covered it)
        byte[] pdf = new ReportService(world.township.register,
                Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC), arrivals,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30")).pdf(ReportRequest.monthly(ReportKind.TOWNSHIP_MONTHLY,
                Period.parse("2026-11")), ReportProgress.NONE, CancelCheck.NEVER);

        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("本期数据包未到的村：柳树村").doesNotContain("未到的村：杨庄村")
                .doesNotContain("数据包是否到达未知");
    }
}
