package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.app.TestSessions;
import org.villageregistry.cli.CliContext;
import org.villageregistry.cli.Vreg;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.storage.TestStores;

/**
 * The county server's configuration file (/etc/village-registry/county.conf as the package installs it): what it
 * says, what it refuses, and that {@code vreg county … --config} finds the county's folder and database through it,
 * the file's database winning over the one the folder was made with (moving a county to another PostgreSQL).
 */
class CountyConfigTest {
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

    private int vreg(String... args) {
        out = new StringWriter();
        CliContext context = new CliContext(Map.of("VREG_NEW_PASSWORD", "county-admin-2026"),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(out), CLOCK,
                temp.resolve("unused"), question -> Optional.empty());
        return Vreg.run(args, TestSessions.program(TestStores.quick(CLOCK), CLOCK), context);
    }

    private static Path config(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void thePackagesFileNamesFolderDatabaseBindAndPort() throws Exception {
        CountyConfig embedded = CountyConfig.load(config("trial.conf", """
                # as installed
                home=/var/lib/village-registry-county
                database = embedded
                bind=0.0.0.0
                port=8181
                """));
        assertThat(embedded.home()).isEqualTo(Path.of("/var/lib/village-registry-county"));
        assertThat(embedded.database()).contains(new County.Database(Optional.empty(), Optional.of(Path.of("pgdata"))));
        assertThat(embedded.bind()).contains("0.0.0.0");
        assertThat(embedded.port()).contains(8181);

        CountyConfig server = CountyConfig.load(config("server.conf",
                "home=/srv/county\ndatabase=jdbc:postgresql://db:5432/vreg?user=vreg&password=x\nport=\n"));
        assertThat(server.database().orElseThrow().jdbcUrl()).contains("jdbc:postgresql://db:5432/vreg?user=vreg&password=x");
        assertThat(server.port()).isEmpty();
        assertThat(server.bind()).isEmpty();
    }

    @Test
    void aFileWithoutFolderOrWithABadPortIsRefusedQuotingIt() throws Exception {
        Path noHome = config("nohome.conf", "database=embedded\n");
        assertThatThrownBy(() -> CountyConfig.load(noHome)).isInstanceOf(RegistryException.class)
                .hasMessageContaining(noHome.toString()).hasMessageContaining("home=");
        Path badPort = config("badport.conf", "home=/srv/county\nport=80八0\n");
        assertThatThrownBy(() -> CountyConfig.load(badPort)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("“80八0”不是端口号");
        assertThatThrownBy(() -> CountyConfig.load(temp.resolve("missing.conf"))).isInstanceOf(RegistryException.class)
                .hasMessageContaining("missing.conf");
    }

    @Test
    void theCommandsFindTheCountyThroughTheFileWhoseDatabaseWins() throws Exception {
        Path home = temp.resolve("county");
        Path conf = config("county.conf", "home=" + home + "\ndatabase=" + jdbc + "\n");
        assertThat(vreg("county", "init", "--config", conf.toString(), "--division", "410103", "--name", "示范县",
                "--user", "countyadmin")).as(() -> out.toString()).isZero();
        assertThat(Files.readString(home.resolve("county.properties"))).contains("db.url=jdbc\\:postgresql");
        assertThat(vreg("county", "stats", "--config", conf.toString(), "--period", "2026")).as(() -> out.toString())
                .isZero();
        assertThat(out.toString()).contains("示范县");

        // the county moves to another PostgreSQL: the folder still names the old one, county.conf the new one
        Path settings = home.resolve("county.properties");
        Files.writeString(settings, Files.readString(settings).replaceAll("db\\.url=.*",
                "db.url=jdbc\\\\:postgresql\\\\://127.0.0.1\\\\:1/gone"));
        assertThat(vreg("county", "stats", "--home", home.toString(), "--period", "2026")).isNotZero();
        assertThat(out.toString()).as("a clear message, not an internal error").contains("县级数据库暂时不可用")
                .doesNotContain("内部错误").doesNotContain("Connection").doesNotContain("total=");
        assertThat(vreg("county", "stats", "--config", conf.toString(), "--period", "2026")).as(() -> out.toString())
                .isZero();
        assertThat(vreg("county", "enrol", "export", "--config", conf.toString(), "--to", temp.resolve("usb").toString()))
                .as(() -> out.toString()).isZero();
        assertThat(temp.resolve("usb/410103.enrol.json")).exists();
    }

    @Test
    void withoutFolderOrFileTheCommandSaysWhatToGive() {
        assertThat(vreg("county", "stats", "--period", "2026")).isNotZero();
        assertThat(out.toString()).contains("--home").contains("--config");
    }
}
