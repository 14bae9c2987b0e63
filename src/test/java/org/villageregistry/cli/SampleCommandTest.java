package org.villageregistry.cli;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.storage.H2RegisterStore;

/** vreg sample from a terminal: a small sample township, then a search in one of its villages. */
class SampleCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC);

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
    void sampleMakesATownshipAndItsVillagesThatTheRegistrarCanSearch() {
        Path sample = temp.resolve("sample");

        assertThat(vreg("sample", "--out", sample.toString(), "--villages", "2", "--persons", "120", "--seed", "5"))
                .as(err::toString).isZero();

        assertThat(out.toString()).contains("410103100 青山镇").contains("410103100001 柳树村")
                .contains("410103100002 杏花村").contains("sample-password-2026");
        assertThat(store.exists(sample.resolve("township"))).isTrue();
        assertThat(vreg("find", "1", "--home", sample.resolve("village-02").toString(), "--user", "registrar"))
                .as(err::toString).isZero();
        assertThat(out.toString()).contains("410103");
    }

    @Test
    void anImpossibleNumberOfVillagesIsRefusedWithAMessage() {
        int code = vreg("sample", "--out", temp.resolve("s").toString(), "--villages", "0");

        assertThat(code).isEqualTo(Vreg.USER_ERROR);
        assertThat(err.toString()).contains("村的个数 0");
        assertThat(store.exists(temp.resolve("s").resolve("township"))).isFalse();
    }
}
