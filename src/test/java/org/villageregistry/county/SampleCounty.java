package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.villageregistry.app.TestSessions;
import org.villageregistry.cli.CliContext;
import org.villageregistry.cli.Vreg;
import org.villageregistry.service.sample.SampleTownshipGenerator;
import org.villageregistry.storage.TestStores;

/**
 * A county made through the real {@code vreg} commands on a PostgreSQL the test gives: the sample township
 * (青山镇 410103100) with its villages 01 and 02 uploaded on 2026-11-20 (village 03 keeps its data at home), and a
 * second township (河东乡 410103200) enrolled at the county that has never uploaded; its page's users are the
 * administrator and the analysts {@code analyst} and {@code lockme}, all with {@link #ADMIN_PASSWORD}.
 */
final class SampleCounty {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);
    static final String ADMIN = "countyadmin";
    static final String ADMIN_PASSWORD = "county-admin-2026";

    final Path folder;
    final Path home;
    private StringWriter out;
    private StringWriter err;

    SampleCounty(Path folder) {
        this.folder = folder;
        this.home = folder.resolve("county");
    }

    County county() {
        return TestSessions.program(TestStores.quick(CLOCK), CLOCK).county();
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    int vreg(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("VREG_PASSWORD", SampleTownshipGenerator.SAMPLE_PASSWORD,
                "VREG_NEW_PASSWORD", ADMIN_PASSWORD), new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), CLOCK, folder.resolve("unused"), question -> Optional.empty());
        return Vreg.run(args, TestSessions.program(TestStores.quick(CLOCK), CLOCK), context);
    }

    void ok(String... args) {
        assertThat(vreg(args)).as(() -> String.join(" ", args) + "\n" + out + err).isZero();
    }

    /** Builds it all on the PostgreSQL of {@code jdbc}. */
    SampleCounty build(String jdbc) throws Exception {
        Path sample = folder.resolve("sample");
        Path stick = Files.createDirectories(folder.resolve("usb"));
        ok("sample", "--out", sample.toString(), "--villages", "3", "--persons", "80", "--seed", "11", "--no-county");
        String town = sample.resolve("township").toString();
        ok("county", "init", "--home", home.toString(), "--division", "410103", "--name", "示范县", "--db", jdbc,
                "--user", ADMIN);
        ok("county", "user", "add", "--home", home.toString(), "--name", "analyst");
        assertThat(out()).contains("analyst").contains("分析员");
        ok("county", "user", "add", "--home", home.toString(), "--name", "lockme");
        ok("county", "enrol", "export", "--home", home.toString(), "--to", stick.toString());
        ok("enrol", "export", "--home", town, "--user", "admin", "--to", stick.toString());
        ok("county", "enrol", "import", "--home", home.toString(), stick.resolve("410103100.enrol.json").toString());
        ok("enrol", "import", "--home", town, "--user", "admin", stick.resolve("410103.enrol.json").toString());
        for (String v : new String[] {"village-01", "village-02"}) {
            String village = sample.resolve(v).toString();
            ok("enrol", "import", "--home", village, "--user", "admin", stick.resolve("410103.enrol.json").toString());
            Path bundles = Files.createDirectories(folder.resolve("bundles-" + v));
            ok("export", "--home", village, "--user", "admin", "--to", bundles.toString());
            ok("import", "--home", town, "--user", "admin", only(bundles, ".vrb.json").toString());
        }
        Path other = folder.resolve("hedong");
        ok("init", "--home", other.toString(), "--role", "township", "--division", "410103200", "--name", "河东乡");
        Path otherStick = Files.createDirectories(folder.resolve("usb-hedong"));
        ok("enrol", "export", "--home", other.toString(), "--user", "admin", "--to", otherStick.toString());
        ok("county", "enrol", "import", "--home", home.toString(),
                otherStick.resolve("410103200.enrol.json").toString());
        try (County.Running server = county().serve(home, "127.0.0.1", 0)) {
            ok("upload", "--home", town, "--user", "admin", "--url", "http://127.0.0.1:" + server.port(), "--now");
            assertThat(out()).contains("县里已收到").doesNotContain("没有送到");
        }
        return this;
    }

    private static Path only(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }
}
