package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.app.TestSessions;
import org.villageregistry.cli.CliContext;
import org.villageregistry.cli.Vreg;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import org.villageregistry.storage.TestStores;

/**
 * The sample township uploaded end to end to a county on a real (embedded) PostgreSQL, through the real
 * {@code vreg} commands: enrolment both ways, village bundles encrypted to the county too, the township's
 * import and receipts, {@code vreg upload} to the served county, and what PostgreSQL then holds.
 */
class CountyEndToEndTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path temp;

    static CountyDatabase postgres;
    static String jdbc;

    @BeforeAll
    static void startPostgres() {
        Messages.setLocale(Messages.CHINESE);
        postgres = CountyDatabase.embedded(temp.resolve("pg"));
        jdbc = postgres.embeddedJdbcUrl();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    StringWriter out;
    StringWriter err;

    private int vreg(Map<String, String> env, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), CLOCK, temp.resolve("unused"), question -> Optional.empty());
        return Vreg.run(args, TestSessions.program(TestStores.quick(CLOCK), CLOCK), context);
    }

    private int vreg(String... args) {
        return vreg(Map.of("VREG_PASSWORD", SampleTownshipGenerator.SAMPLE_PASSWORD,
                "VREG_NEW_PASSWORD", "county-admin-2026"), args);
    }

    private void ok(String... args) {
        assertThat(vreg(args)).as(() -> String.join(" ", args) + "\n" + out + err).isZero();
    }

    private static Path only(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    /**
     * The report without the two figures that mean something else at the county (DataQuality): unresolved conflicts
     * are the county's quarantined changes, nothing waits for an acknowledgement there ("—").
     */
    private static com.fasterxml.jackson.databind.JsonNode sharedFigures(com.fasterxml.jackson.databind.JsonNode report) {
        com.fasterxml.jackson.databind.JsonNode copy = report.deepCopy();
        List<com.fasterxml.jackson.databind.JsonNode> divisions = new ArrayList<>();
        divisions.add(copy.path("total"));
        copy.path("villages").forEach(divisions::add);
        for (com.fasterxml.jackson.databind.JsonNode d : divisions) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) d.path("dataQuality")).remove(
                    List.of("unresolvedConflicts", "notAcknowledged"));
        }
        return copy;
    }

    /** The sample's health services and benefits reach the county and count the same there: the test means something. */
    private static void assertThatTheMonitoringFiguresAgree(com.fasterxml.jackson.databind.JsonNode township,
                                                            com.fasterxml.jackson.databind.JsonNode county) {
        com.fasterxml.jackson.databind.JsonNode town = township.path("total");
        com.fasterxml.jackson.databind.JsonNode counted = county.path("townships").get(0).path("total");
        long due = 0;
        for (String f : new String[] {"healthChecks", "followUps", "postnatalVisits"}) {
            due += town.path("serviceCoverage").path(f).path("whole").asLong();
        }
        assertThat(due).as("the sample township has health services to count").isPositive();
        long enrolled = 0;
        for (com.fasterxml.jackson.databind.JsonNode b : town.path("benefits")) {
            enrolled += b.path("persons").asLong();
        }
        assertThat(enrolled).as("the sample township pays benefits").isPositive();
        assertThat(counted.path("serviceCoverage")).isEqualTo(town.path("serviceCoverage"));
        assertThat(counted.path("benefits")).isEqualTo(town.path("benefits"));
        assertThat(counted.path("dataQuality").path("completeness"))
                .isEqualTo(town.path("dataQuality").path("completeness"));
        assertThat(town.path("dataQuality").path("notAcknowledged").asLong()).as("every bundle has its receipt")
                .isZero();
        assertThat(counted.path("dataQuality").path("notAcknowledged").isNull()).as("— at the county").isTrue();
        assertThat(counted.path("dataQuality").path("unresolvedConflicts").asLong()).as("nothing quarantined")
                .isZero();
        assertThat(counted.path("underReporting").isNull()).as("the lists stay at the townships").isTrue();
    }

    @Test
    void theSampleTownshipReachesThePostgresCountyThroughVregUpload() throws Exception {
        Path sample = temp.resolve("sample");
        Path county = temp.resolve("county");
        Path stick = Files.createDirectories(temp.resolve("usb"));
        ok("sample", "--out", sample.toString(), "--villages", "2", "--persons", "60", "--seed", "7", "--no-county");
        String town = sample.resolve("township").toString();
        String[] villages = {sample.resolve("village-01").toString(), sample.resolve("village-02").toString()};
        String[] codes = {"410103100001", "410103100002"};

        ok("county", "init", "--home", county.toString(), "--division", "410103", "--name", "示范县", "--db", jdbc,
                "--user", "countyadmin");
        assertThat(out.toString()).contains("示范县").contains("签名密钥指纹");
        assertThat(vreg(Map.of("VREG_NEW_PASSWORD", "123"), "county", "user", "add", "--home", county.toString(),
                "--name", "weak")).isEqualTo(1);
        assertThat(err.toString()).contains("密码太简单");
        ok("county", "user", "add", "--home", county.toString(), "--name", "laoli");
        ok("county", "user", "passwd", "--home", county.toString(), "--name", "laoli");
        assertThat(out.toString()).contains("已给县级用户 laoli 设置新密码");
        ok("county", "user", "list", "--home", county.toString());
        assertThat(out.toString()).contains("countyadmin  管理员").contains("laoli  分析员").doesNotContain("weak");
        ok("county", "user", "remove", "--home", county.toString(), "--name", "laoli");
        assertThat(vreg("county", "user", "remove", "--home", county.toString(), "--name", "countyadmin"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("唯一的管理员");
        ok("county", "enrol", "export", "--home", county.toString(), "--to", stick.toString());
        ok("enrol", "export", "--home", town, "--user", "admin", "--to", stick.toString());
        ok("county", "enrol", "import", "--home", county.toString(), stick.resolve("410103100.enrol.json").toString());
        ok("enrol", "import", "--home", town, "--user", "admin", stick.resolve("410103.enrol.json").toString());
        for (int i = 0; i < villages.length; i++) {
            // the sample's villages and township are enrolled with each other already; the county is new to them
            ok("enrol", "import", "--home", villages[i], "--user", "admin", stick.resolve("410103.enrol.json").toString());
            Path bundles = Files.createDirectories(temp.resolve("bundles-" + i));
            ok("export", "--home", villages[i], "--user", "admin", "--to", bundles.toString());
            ok("import", "--home", town, "--user", "admin", only(bundles, ".vrb.json").toString());
            ok("receipt", "--home", town, "--user", "admin", "--village", codes[i], "--to", stick.toString());
        }

        County counties = TestSessions.program(TestStores.quick(CLOCK), CLOCK).county();
        try (County.Running server = counties.serve(county, "127.0.0.1", 0)) {
            String url = "http://127.0.0.1:" + server.port();
            ok("upload", "--home", town, "--user", "admin", "--url", url, "--now");
            assertThat(out.toString()).contains("县里已收到").doesNotContain("没有送到");
            // the same outbox again: nothing left to send; a re-sent item is answered with the same receipt
            ok("upload", "--home", town, "--user", "admin");
            assertThat(out.toString()).contains("已发送").doesNotContain("待发送");
        }

        Map<String, Long> persons = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select village, count(*) from record where entity_type = 'person'"
                    + " group by village")) {
                while (r.next()) {
                    persons.put(r.getString(1), r.getLong(2));
                }
            }
            try (ResultSet r = s.executeQuery("select count(*), count(*) filter (where outcome = 'applied'),"
                    + " count(*) filter (where kind = 'manifest') from inbox")) {
                r.next();
                assertThat(r.getLong(1)).as("two bundles and two manifests").isEqualTo(4);
                assertThat(r.getLong(2)).isEqualTo(2);
                assertThat(r.getLong(3)).isEqualTo(2);
            }
            try (ResultSet r = s.executeQuery("select count(distinct township), min(signing_kid) is not null"
                    + " from record")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(1);
                assertThat(r.getBoolean(2)).as("lineage: signing key").isTrue();
            }
        }
        assertThat(persons).containsOnlyKeys(codes[0], codes[1]);
        assertThat(persons.values()).allMatch(n -> n >= 50);
        ok("upload", "--home", town, "--user", "admin");
        assertThat(out.toString()).contains("已发送，已尝试 1 次");

        // the county's statistics, aggregated in PostgreSQL, are the township's own figures (one definition)
        ok("stats", "--home", town, "--user", "admin", "--period", "2026", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode township = org.villageregistry.service.Json.mapper()
                .readTree(out.toString());
        ok("county", "stats", "--home", county.toString(), "--period", "2026", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode counted = org.villageregistry.service.Json.mapper()
                .readTree(out.toString());
        assertThat(counted.path("townships")).hasSize(1);
        assertThat(sharedFigures(counted.path("townships").get(0))).isEqualTo(sharedFigures(township));
        assertThatTheMonitoringFiguresAgree(township, counted);
        assertThat(counted.path("total").path("populationEnd").asLong())
                .isEqualTo(township.path("total").path("populationEnd").asLong()).isPositive();
        ok("county", "stats", "--home", county.toString(), "--period", "2026-11");
        assertThat(out.toString()).contains("示范县").contains("410103100001");
        Path pdf = temp.resolve("county-2026-11.pdf");
        assertThat(vreg("county", "report", "--home", county.toString(), "--period", "2026-11", "--out",
                temp.resolve("no-such-folder").resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("文件夹").contains("不存在").doesNotContain("内部错误");
        ok("county", "report", "--home", county.toString(), "--period", "2026-11", "--out", pdf.toString());
        try (org.apache.pdfbox.pdmodel.PDDocument report = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(report);
            assertThat(text).contains("县人口信息月报").contains("示范县").contains("410103100001")
                    .contains(counted.path("townships").get(0).path("total").path("divisionName").asText());
            java.nio.file.Files.createDirectories(Path.of("target", "county-screenshots"));
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(report).renderImageWithDPI(0, 80),
                    "png", Path.of("target", "county-screenshots", "county-monthly-report.png").toFile());
        }
        ok("county", "duplicates", "--home", county.toString());
        assertThat(out.toString()).as("one township's villages agree with each other").contains("没有发现");

        // counts are kept per village between reports; a death recorded later at village 01 and uploaded changes
        // that village's counts only, and the county is again exactly the township
        assertThat(keptCounts(codes[1])).as("the report kept its per-village counts").isPositive();
        ok("death", "record", "--home", villages[0], "--user", "admin", "--person", living(villages[0]),
                "--date", "2026-11-15");
        Path later = Files.createDirectories(temp.resolve("bundles-later"));
        ok("export", "--home", villages[0], "--user", "admin", "--to", later.toString());
        ok("import", "--home", town, "--user", "admin", only(later, ".vrb.json").toString());
        try (County.Running server = counties.serve(county, "127.0.0.1", 0)) {
            ok("upload", "--home", town, "--user", "admin", "--url", "http://127.0.0.1:" + server.port(), "--now");
            assertThat(out.toString()).contains("县里已收到").doesNotContain("没有送到");
        }
        ok("stats", "--home", town, "--user", "admin", "--period", "2026", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode townshipLater = org.villageregistry.service.Json.mapper()
                .readTree(out.toString());
        ok("county", "stats", "--home", county.toString(), "--period", "2026", "--format", "json");
        com.fasterxml.jackson.databind.JsonNode countedLater = org.villageregistry.service.Json.mapper()
                .readTree(out.toString());
        assertThat(townshipLater.path("total").path("deaths").asLong())
                .isEqualTo(township.path("total").path("deaths").asLong() + 1);
        assertThat(sharedFigures(countedLater.path("townships").get(0))).isEqualTo(sharedFigures(townshipLater));
    }

    private String living(String village) {
        for (String surname : new String[] {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"}) {
            ok("find", surname, "--home", village, "--user", "admin", "--format", "json");
            for (com.fasterxml.jackson.databind.JsonNode hit : readJson(out.toString())) {
                if (!"DEAD".equals(hit.path("residence").asText()) && !"MOVED_OUT".equals(hit.path("residence").asText())) {
                    return hit.path("id").asText();
                }
            }
        }
        throw new AssertionError("no living person found in " + village);
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return org.villageregistry.service.Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long keptCounts(String village) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc);
             java.sql.PreparedStatement s = c.prepareStatement("select count(*) from statistics_cache k"
                     + " join village_generation g on g.village = k.village and g.generation = k.generation"
                     + " where k.village = ?")) {
            s.setString(1, village);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
