package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.storage.H2RegisterStore;

/**
 * One approved month in a generated sample township, with the commands the lead runs on sample-data/: 柳树村
 * submits October, exports, 青山镇 imports and approves, writes the receipt, 柳树村 imports it.
 */
class SampleSignoffChainTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final H2RegisterStore store = new H2RegisterStore(CLOCK);
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    private int vreg(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("VREG_PASSWORD", "sample-password-2026"),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), CLOCK,
                temp.resolve("unused"), question -> Optional.empty());
        return Vreg.run(args, TestSessions.program(store, context.clock()), context);
    }

    @Test
    void theSampleTownshipGetsOneApprovedMonthThroughBundleAndReceipt() throws Exception {
        Path sample = temp.resolve("sample");
        assertThat(vreg("sample", "--out", sample.toString(), "--villages", "2", "--persons", "120", "--seed", "5"))
                .as(err::toString).isZero();
        String village = sample.resolve("village-01").toString();
        String township = sample.resolve("township").toString();
        Path bundles = Files.createDirectories(sample.resolve("bundles"));
        Path receipts = Files.createDirectories(sample.resolve("receipts"));

        ok("signoff", "submit", "--home", village, "--user", "registrar", "--period", "2026-10");
        ok("export", "--home", village, "--user", "registrar", "--to", bundles.toString());
        assertThat(out.toString()).contains("附送审月报表：2026-10");
        ok("import", "--home", township, "--user", "clerk", only(bundles, ".vrb.json").toString());
        ok("signoff", "approve", "--home", township, "--user", "clerk", "--village", "410103100001",
                "--period", "2026-10");
        ok("receipt", "--home", township, "--user", "clerk", "--village", "410103100001", "--to",
                receipts.toString());
        ok("import", "--home", village, "--user", "registrar", only(receipts, ".vrr.json").toString());

        ok("signoff", "status", "--home", village, "--user", "registrar", "--format", "json");
        assertThat(Json.mapper().readTree(out.toString()).get(0).path("state").asText()).isEqualTo("APPROVED");
        ok("signoff", "status", "--home", township, "--user", "clerk", "--period", "2026-10", "--format", "json");
        var states = Json.mapper().readTree(out.toString());
        assertThat(states.get(0).path("state").asText()).isEqualTo("APPROVED");
        assertThat(states.get(1).path("state").asText()).isEqualTo("NOT_SUBMITTED");
        ok("signoff", "seal", "--home", township, "--user", "clerk", "--period", "2026-10");
        assertThat(out.toString()).contains("1/2 个村已审");
    }

    private void ok(String... args) {
        assertThat(vreg(args)).as(() -> String.join(" ", args) + "\n" + err).isZero();
    }

    private static Path only(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }
}
