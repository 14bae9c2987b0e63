package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.domain.text.Messages;

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
            assertThat(at.out()).contains("SENT").doesNotContain("FAILED");
            try (Connection c = DriverManager.getConnection(server.database().embeddedJdbcUrl());
                 ResultSet r = c.createStatement().executeQuery(
                         "select count(*) from record where entity_type = 'person' and village = '410103100001'")) {
                r.next();
                assertThat(r.getLong(1)).isPositive();
            }
        }
        assertThat(county.resolve("db")).isDirectory();
    }
}
