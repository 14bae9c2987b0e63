package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;

/**
 * {@code vreg sample} makes the sample county beside the township (folder and keys; its database at first use):
 * the township and its villages hold its enrolment, so after the township is enrolled at the county and a user
 * added, a village's bundle goes through the township's upload into the county, as the sample folder's README says.
 */
class TheSampleCountyTest {
    @TempDir
    Path temp;

    @Test
    void theSampleTownshipUploadsToTheSampleCountyWithTheCommandsOfTheReadme() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        SampleCounty at = new SampleCounty(temp);
        Path sample = temp.resolve("sample");
        at.ok("sample", "--out", sample.toString(), "--villages", "2", "--persons", "40", "--seed", "3");
        assertThat(at.out()).contains("示范县");
        Path county = sample.resolve("county");
        assertThat(county.resolve("county.properties")).exists();
        assertThat(county.resolve("db")).as("the database is made at first use").doesNotExist();
        assertThat(sample.resolve("enrolment").resolve("410103.enrol.json")).exists();

        at.ok("county", "enrol", "import", "--home", county.toString(),
                sample.resolve("enrolment").resolve("410103100.enrol.json").toString());
        at.ok("county", "user", "add", "--home", county.toString(), "--name", "analyst");
        String town = sample.resolve("township").toString();
        Path bundles = Files.createDirectories(temp.resolve("bundles"));
        at.ok("export", "--home", sample.resolve("village-01").toString(), "--user", "admin", "--to",
                bundles.toString());
        try (Stream<Path> files = Files.list(bundles)) {
            at.ok("import", "--home", town, "--user", "admin", files.findFirst().orElseThrow().toString());
        }
        CountyHome home = at.county().open(county);
        try (County.Running server = at.county().serve(home, "127.0.0.1", 0)) {
            at.ok("upload", "--home", town, "--user", "admin", "--url", "http://127.0.0.1:" + server.port(), "--now");
            assertThat(at.out()).contains("县里已收到").doesNotContain("没有送到");
            try (Connection c = DriverManager.getConnection(server.database().embeddedJdbcUrl());
                 ResultSet r = c.createStatement().executeQuery(
                         "select count(*) from record where entity_type = 'person' and village = '410103100001'")) {
                r.next();
                assertThat(r.getLong(1)).isPositive();
            }
        }
        assertThat(county.resolve("db")).isDirectory();
    }

    /**
     * The README's walk: {@code vreg county stats} and {@code user add} while {@code vreg county serve} (another
     * process) holds the embedded PostgreSQL; they use the server's, instead of failing on its lock.
     */
    @Test
    void theCountysCommandsWorkBesideItsRunningServer() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        SampleCounty at = new SampleCounty(temp);
        Path sample = temp.resolve("sample");
        at.ok("sample", "--out", sample.toString(), "--villages", "1", "--persons", "30", "--seed", "5");
        Path county = sample.resolve("county");
        at.ok("county", "enrol", "import", "--home", county.toString(),
                sample.resolve("enrolment").resolve("410103100.enrol.json").toString());
        at.ok("county", "user", "add", "--home", county.toString(), "--name", "analyst");
        String town = sample.resolve("township").toString();
        Path bundles = Files.createDirectories(temp.resolve("bundles"));
        at.ok("export", "--home", sample.resolve("village-01").toString(), "--user", "admin", "--to",
                bundles.toString());
        at.ok("import", "--home", town, "--user", "admin", bundles.toString());

        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.villageregistry.app.Launcher", "county", "serve", "--home", county.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            int port = CountyFaultsTest.servedPort(server);
            at.ok("upload", "--home", town, "--user", "admin", "--url", "http://127.0.0.1:" + port, "--now");
            assertThat(at.out()).contains("县里已收到").doesNotContain("没有送到");

            at.ok("county", "stats", "--home", county.toString(), "--period", "2026", "--format", "json");
            JsonNode stats = Json.mapper().readTree(at.out());
            assertThat(stats.path("townships").get(0).path("villages").get(0).path("divisionCode").asText())
                    .isEqualTo("410103100001");
            assertThat(stats.path("total").path("populationEnd").asLong()).isPositive();
            at.ok("county", "user", "add", "--home", county.toString(), "--name", "second");
            assertThat(at.out()).contains("second");
            assertThat(server.isAlive()).as("the server keeps its database").isTrue();
        } finally {
            server.destroy();
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        at.ok("county", "stats", "--home", county.toString(), "--period", "2026", "--format", "json");
        assertThat(at.out()).as("its own embedded PostgreSQL once the server stopped").contains("410103100001");
    }

    /** The README's {@code vreg county init … --embedded-db pg}: its own PostgreSQL in the folder, made and stopped. */
    @Test
    void aCountyInitWithAnEmbeddedDatabaseKeepsItInItsFolderAndWhatInitRefusesIsQuoted() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        SampleCounty at = new SampleCounty(temp);
        Path county = temp.resolve("county");
        assertThat(at.vreg("county", "init", "--home", county.toString(), "--division", "410103100", "--name", "示范县",
                "--embedded-db", "pg", "--user", "countyadmin")).isEqualTo(1);
        assertThat(at.err()).contains("“410103100”不是县级区划代码");
        assertThat(at.vreg("county", "init", "--home", county.toString(), "--division", "410103", "--name", "示范县",
                "--db", "jdbc:postgresql://127.0.0.1/county", "--embedded-db", "pg", "--user", "countyadmin"))
                .isEqualTo(1);
        assertThat(at.err()).contains("二选一");
        assertThat(county.resolve("county.properties")).doesNotExist();

        at.ok("county", "init", "--home", county.toString(), "--division", "410103", "--name", "示范县",
                "--embedded-db", "pg", "--user", "countyadmin");
        assertThat(at.out()).contains("示范县（410103）").contains("内嵌 PostgreSQL").contains("签名密钥指纹");
        assertThat(county.resolve("pg").resolve("PG_VERSION")).exists();
        assertThat(Files.readString(county.resolve("county.properties"))).contains("db.embedded=pg");
        assertThat(at.vreg("county", "init", "--home", county.toString(), "--division", "410103", "--name", "示范县",
                "--embedded-db", "pg", "--user", "countyadmin")).as("not made twice").isEqualTo(1);

        at.ok("county", "stats", "--home", county.toString(), "--period", "2026", "--format", "json");
        JsonNode stats = Json.mapper().readTree(at.out());
        assertThat(stats.path("divisionCode").asText()).isEqualTo("410103");
        assertThat(stats.path("townships")).isEmpty();
    }
}
