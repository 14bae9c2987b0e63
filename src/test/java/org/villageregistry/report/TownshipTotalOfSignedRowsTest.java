package org.villageregistry.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.indicator.Indicators;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.service.signoff.LockedMonths;
import org.villageregistry.service.signoff.LockedMonths.Correction;
import org.villageregistry.service.signoff.SignedFigures.Difference;
import org.villageregistry.sync.SyncWorld;

/**
 * 柳树村's October is approved with a death in it; the death is then corrected to November at the village and the
 * next bundle arrives, while 杨庄村 (not submitted) records a birth in October. The township's October report still
 * adds up: its total is the sum of the rows it prints (柳树村 as signed), and November's report lists what the
 * register now gives otherwise for the township's October total, as 补报/更正.
 */
class TownshipTotalOfSignedRowsTest {
    static final String WILLOW = "410103100001";
    @TempDir
    Path temp;
    SyncWorld world;

    @BeforeEach
    void octoberApprovedThenCorrectedAtTheVillage() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
        RegisterServices willow = new RegisterServices(world.willow.register, SyncWorld.CLOCK);
        Person grandpa = world.willow.addPerson("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5));
        world.willow.addPerson("李桂兰", Sex.FEMALE, LocalDate.of(1990, 4, 2));
        Death death = willow.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 10, 10), null,
                DeathCause.AGE, EventSource.SELF_REPORT));
        willow.signoffs().submit("2026-10");
        Person mother = world.poplar.addPerson("赵小红", Sex.FEMALE, LocalDate.of(1995, 3, 1));
        new RegisterServices(world.poplar.register, SyncWorld.CLOCK).births().record(new BirthReport(mother.id(),
                null, LocalDateTime.of(2026, 10, 20, 8, 0), BirthPlace.HOSPITAL, 39, EventSource.SELF_REPORT,
                List.of(new BirthReport.NewChild("赵小宝", Sex.MALE, null, 3200, null, null))), true);
        world.township.sync.imports().importAll(List.of(world.willow.exportTo(world.stick, false),
                world.poplar.exportTo(world.stick, false)), SyncWorld.QUIET);
        new RegisterServices(world.township.register, SyncWorld.CLOCK).signoffs().approve(WILLOW, "2026-10");
        Path receipt = world.township.sync.receipts().write(WILLOW, world.stick).file();
        world.willow.sync.imports().importAll(List.of(receipt), SyncWorld.QUIET);
        willow.eventCorrections().correct(new Death(death.id(), death.version(), death.owner(), death.personId(),
                LocalDate.of(2026, 11, 5), null, DeathCause.AGE, death.recorded(), null), CorrectionReason.DOCUMENT);
        world.township.sync.imports().importAll(List.of(world.willow.exportTo(world.stick, false)), SyncWorld.QUIET);
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theTotalOfAnApprovedMonthIsTheSumOfTheRowsAsPrinted() {
        TownshipMonthlyReport october = new TownshipMonthlyReports(world.township.register, BundleArrivals.NOT_TRACKED)
                .build(header(), Period.parse("2026-10"), CancelCheck.NEVER);
        List<DivisionStatistics> rows = october.statistics().villages();
        DivisionStatistics total = october.statistics().total();

        DivisionStatistics willow = rows.stream().filter(r -> r.divisionCode().equals(WILLOW)).findFirst().orElseThrow();
        assertThat(willow.deaths()).as("柳树村 as signed").isEqualTo(1);
        assertThat(new StatisticsService(world.township.register).compute(Period.parse("2026-10")).total().deaths())
                .as("the register now: the death is in November").isZero();
        assertThat(total.deaths()).isEqualTo(sum(rows, DivisionStatistics::deaths)).isEqualTo(1);
        assertThat(total.births().total()).isEqualTo(sum(rows, r -> r.births().total())).isEqualTo(1);
        assertThat(total.births().male()).isEqualTo(sum(rows, r -> r.births().male()));
        assertThat(total.populationStart()).isEqualTo(sum(rows, DivisionStatistics::populationStart));
        assertThat(total.populationEnd()).isEqualTo(sum(rows, DivisionStatistics::populationEnd));
        assertThat(total.movesIn()).isEqualTo(sum(rows, DivisionStatistics::movesIn));
        assertThat(total.women15to49()).isEqualTo(sum(rows, DivisionStatistics::women15to49));
        assertThat(total.registrationTimeliness().part()).isEqualTo(sum(rows, r -> r.registrationTimeliness().part()));
        assertThat(total.dataQuality().completeness().whole())
                .isEqualTo(sum(rows, r -> r.dataQuality().completeness().whole()));

        double average = Indicators.averagePopulation(total.populationStart(), total.populationEnd());
        assertThat(total.averagePopulation()).isEqualTo(average);
        assertThat(total.deathRate()).as("computed again from the summed counts, not averaged")
                .isEqualTo(Indicators.crudeDeathRate(1, average, 1));
        assertThat(total.balance()).isEqualTo(Indicators.balance(total.populationStart(), 1, total.movesIn(), 1,
                total.movesOut(), total.populationEnd()));
    }

    @Test
    void theNextMonthListsTheDifferenceOfTheTownshipsTotal() {
        var register = world.township.register;
        List<Correction> corrections = register.transactions().read(() -> new LockedMonths(register)
                .totalCorrections(List.of(WILLOW, "410103100002"), "合计", Period.parse("2026-11")));
        assertThat(corrections).hasSize(1);
        Correction october = corrections.get(0);
        assertThat(october.period()).isEqualTo("2026-10");
        assertThat(october.villageName()).isEqualTo("合计");
        Difference deaths = october.differences().stream().filter(d -> d.figure().equals("deaths")).findFirst()
                .orElseThrow();
        assertThat(deaths.signed()).isEqualTo(1);
        assertThat(deaths.now()).isZero();
        assertThat(deaths.change()).isEqualTo(-1);
        assertThat(october.differences()).extracting(Difference::figure).doesNotContain("births.total");

        byte[] pdf = new ReportService(register, SyncWorld.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30")).pdf(ReportRequest.monthly(
                ReportKind.TOWNSHIP_MONTHLY, Period.parse("2026-11")), ReportProgress.NONE, CancelCheck.NEVER);
        PdfText.keep(pdf, "township-total-corrections-2026-11.pdf");
        String november = new PdfText(pdf).all();
        assertThat(november).containsPattern("柳树村\\s*2026-10\\s*死亡人数\\s*1\\s*0\\s*-1")
                .containsPattern("合计\\s*2026-10\\s*死亡人数\\s*1\\s*0\\s*-1");
    }

    private static ReportHeader header() {
        return new ReportHeader("410103100", "城关镇", "张会计", LocalDateTime.of(2026, 11, 30, 9, 0),
                new ProgramBuild("0.1.0", "2026-11-30"));
    }

    private static long sum(List<DivisionStatistics> rows, ToLongFunction<DivisionStatistics> of) {
        return rows.stream().mapToLong(of).sum();
    }
}
