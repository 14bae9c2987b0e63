package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.villageregistry.county.store.CountyStore;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.sync.SyncModule;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.service.Json;
import org.villageregistry.service.StatisticsService;
import org.villageregistry.app.TestSessions;
import org.villageregistry.cli.CliContext;
import org.villageregistry.cli.Vreg;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.BirthService;
import org.villageregistry.storage.TestStores;
import org.villageregistry.sync.SyncWorld;

/** What the county's own outputs say about its figures, beside what the township says of the same period. */
class CountyFiguresTest extends CountyIntakeFixture {
    private final StringWriter out = new StringWriter();

    /** {@code vreg …} on this test's county (its folder's database is the test's PostgreSQL). */
    private String vreg(String... args) {
        out.getBuffer().setLength(0);
        CliContext context = new CliContext(Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(out), SyncWorld.CLOCK, temp.resolve("unused"), question -> Optional.empty());
        assertThat(Vreg.run(args, TestSessions.program(TestStores.quick(SyncWorld.CLOCK), SyncWorld.CLOCK), context))
                .as(out::toString).isZero();
        return out.toString();
    }

    private void birth(Person mother, String child, Sex sex, int day) {
        new BirthService(world.willow.register, SyncWorld.CLOCK).record(new BirthReport(mother.id(), null,
                LocalDate.of(2026, 11, day).atTime(7, 0), BirthPlace.HOSPITAL, 39, EventSource.HOSPITAL,
                List.of(new BirthReport.NewChild(child, sex, null, 3100, null, null))), false);
    }

    @Test
    void theCountysStatsTextShowsTheBirthsOfEachSexAsTheTownshipsDoes() {
        birth(world.willow.addPerson("李秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1)), "王小红", Sex.FEMALE, 5);
        birth(world.willow.addPerson("张桂兰", Sex.FEMALE, LocalDate.of(1992, 3, 1)), "刘小刚", Sex.MALE, 6);
        birth(world.willow.addPerson("赵春梅", Sex.FEMALE, LocalDate.of(1993, 4, 1)), "赵小燕", Sex.FEMALE, 7);
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        uploadAll();

        String text = vreg("county", "stats", "--home", home.folder().toString(), "--period", "2026-11");
        assertThat(text).contains("出生（男/女）").contains("3（1/2）");
    }

    @Test
    void whatTheTownshipHeldBackTheCountyHoldsBackUntilTheTownshipDecides() throws Exception {
        world.poplar.sync.enrolment().importFile(temp.resolve("from-county").resolve("410103.enrol.json"), false);
        world.willow.addPerson(wang());
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        world.poplar.addPerson(wang());
        var held = world.township.sync.imports().importOne(world.poplar.exportTo(
                Files.createDirectories(temp.resolve("usb-poplar")), false));
        assertThat(held.quarantined()).as("the same ID number in 杨庄村 waits for the township").isEqualTo(1);
        assertThat(uploadAll()).allSatisfy(sent -> assertThat(sent.status()).isEqualTo(201));

        JsonNode county = theCountyEqualsTheTownship("2026-11");
        assertThat(county.path("total").path("populationEnd").asLong()).isEqualTo(1);
        assertThat(county.path("total").path("dataQuality").path("unresolvedConflicts").asLong()).isEqualTo(1);
        assertThat(count("select count(*) from quarantine where reason_code = 'DUPLICATE_ID'")).isEqualTo(1);
        assertThat(count("select count(*) from quarantine where message = '乡镇已暂存待查（身份证号重复），县里同样暂存，"
                + "等乡镇处理后随其决定'")).as("worded from the code: the manifest carries no message").isEqualTo(1);

        var conflict = world.township.sync.conflicts().list(true).get(0);
        world.township.sync.conflicts().decide(conflict.id(), ConflictDecision.DIFFERENT_PEOPLE);
        assertThat(uploadAll()).allSatisfy(sent -> assertThat(sent.status()).isEqualTo(201));

        county = theCountyEqualsTheTownship("2026-11");
        assertThat(county.path("total").path("populationEnd").asLong()).as("released at both").isEqualTo(2);
        assertThat(county.path("total").path("dataQuality").path("unresolvedConflicts").asLong()).isZero();
        assertThat(count("select count(*) from quarantine")).isZero();
        assertThat(count("select count(*) from record_change where village = '410103100002'")).isEqualTo(1);
    }

    @Test
    void aConflictTheTownshipClosesByKeepingTheOtherRecordIsClosedAtTheCountyToo() throws Exception {
        world.poplar.sync.enrolment().importFile(temp.resolve("from-county").resolve("410103.enrol.json"), false);
        world.willow.addPerson(wang());
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        world.poplar.addPerson(wang());
        world.township.sync.imports().importOne(world.poplar.exportTo(
                Files.createDirectories(temp.resolve("usb-poplar")), false));
        var conflict = world.township.sync.conflicts().list(true).get(0);
        world.township.sync.conflicts().decide(conflict.id(), ConflictDecision.KEEP_OTHER);
        uploadAll();

        JsonNode county = theCountyEqualsTheTownship("2026-11");
        assertThat(county.path("total").path("populationEnd").asLong()).isEqualTo(1);
        assertThat(county.path("total").path("dataQuality").path("unresolvedConflicts").asLong()).isZero();
    }

    @Test
    void aPeriodIsReportedWhenTheDataCoveringItHaveArrivedNotWhenTheyArrived() throws Exception {
        Clock december7 = Clock.fixed(Instant.parse("2026-12-07T06:09:00Z"), ZoneOffset.UTC);
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false)); // made 2026-11-30 08:15
        uploadAll();

        var october = reporting("2026-10", december7);
        assertThat(october.open()).isFalse();
        assertThat(october.townships()).singleElement().satisfies(t -> {
            assertThat(t.township().reported()).as("its only village's data cover October").isTrue();
            assertThat(t.villages()).singleElement().satisfies(v -> assertThat(v.reported()).isTrue());
        });
        var november = reporting("2026-11", december7);
        assertThat(november.townshipsNotReported()).extracting(ReportingStatus.Division::code)
                .containsExactly("410103100");
        assertThat(november.townships().get(0).villagesNotReported()).extracting(ReportingStatus.Division::code)
                .as("a bundle made on 11-30 does not hold the end of November").containsExactly("410103100001");
        var december = reporting("2026-12", december7);
        assertThat(december.open()).isTrue();
        assertThat(december.townshipsNotReported()).isEmpty();
        assertThat(december.townships().get(0).township().reported()).as("December is not over").isFalse();
        String pdf = pdfText("2026-12", december7);
        assertThat(pdf).contains("本期到 2026-12-31 才结束").doesNotContain("都已报送");

        // 柳树村 submits November, the township approves it and seals its November report for the county
        new RegisterServices(world.willow.register, december7).signoffs().submit("2026-11");
        world.township.sync.imports().importOne(world.willow.exportTo(world.stick, false));
        new RegisterServices(world.township.register, december7).signoffs().approve("410103100001", "2026-11");
        SyncModule.services(world.township.register, december7).townshipReports().seal("2026-11");
        uploadAll();
        november = reporting("2026-11", december7);
        assertThat(november.townshipsNotReported()).as("the township's signed November report arrived").isEmpty();
        assertThat(november.townships().get(0).villagesNotReported()).as("its month approved by the township")
                .isEmpty();
        assertThat(pdfText("2026-11", december7)).contains("本期各乡镇、村都已报送");
    }

    private ReportingStatus.Report reporting(String period, Clock today) {
        return ReportingStatus.of(new CountyStore(database), Period.parse(period), today);
    }

    private String pdfText(String period, Clock today) throws Exception {
        byte[] pdf = org.villageregistry.app.CountyReports.printer(today,
                org.villageregistry.service.ProgramBuild.running()).monthlyPdf(
                County.stats(home, database, Period.parse(period)), reporting(period, today), List.of(), 500,
                "县统计员");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /** The county's figures of the township for a period, after checking each equals the township's own. */
    private JsonNode theCountyEqualsTheTownship(String period) {
        JsonNode township = Json.mapper().valueToTree(new StatisticsService(world.township.register)
                .compute(Period.parse(period)));
        JsonNode county = Json.mapper().valueToTree(County.stats(home, database, Period.parse(period)))
                .path("townships").get(0);
        List<String> differences = new ArrayList<>();
        differences(period, township, county, differences);
        assertThat(differences).as("township ≠ county").isEmpty();
        return county;
    }

    /** Where the two differ, but for what only the township keeps (acknowledgements, reconciliation lists). */
    static void differences(String path, JsonNode township, JsonNode county, List<String> out) {
        differences(path, township, county, out,
                p -> p.endsWith(".dataQuality.notAcknowledged") || p.endsWith(".underReporting"));
    }

    /**
     * Every leaf where the township's and the county's figures differ, as "path: township …, county …", but for
     * the figures {@code leftOut} names (what only the township keeps).
     */
    static void differences(String path, JsonNode township, JsonNode county, List<String> out,
                            java.util.function.Predicate<String> leftOut) {
        if (leftOut.test(path)) {
            return;
        }
        if (township.isObject() || county.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            township.fieldNames().forEachRemaining(names::add);
            county.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> differences(path + "." + n, township.path(n), county.path(n), out, leftOut));
        } else if (township.isArray() || county.isArray()) {
            for (int i = 0; i < Math.max(township.size(), county.size()); i++) {
                differences(path + "[" + i + "]", township.path(i), county.path(i), out, leftOut);
            }
        } else if (!township.equals(county)) {
            out.add(path + ": township " + township + ", county " + county);
        }
    }

    private static Person wang() {
        return Person.builder().name("王秀英").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                .idNumber("410103199001011222").ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL)
                .maritalStatus(MaritalStatus.UNMARRIED).enteredOn(LocalDate.of(1990, 1, 1)).build();
    }
}
