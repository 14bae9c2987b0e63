package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.storage.TestStores;

/** The sample township's clerk reads 2025's stats: the note on how rates are worked out shows the township's total. */
class TownshipStatsRateNoteTest {
    @TempDir
    Path temp;

    @Test
    void theRateNoteUsesTheTotalsBirthsNotTheFirstVillages() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        Path home = copyOfSampleTownship();
        JsonNode report = Json.mapper().readTree(stats(home, "--format", "json"));
        long total = report.get("total").get("births").get("total").asLong();
        long first = report.get("villages").get(0).get("births").get("total").asLong();
        assertThat(total).as("the sample's villages all have births").isGreaterThan(first);

        String text = stats(home);

        assertThat(text).contains("率的算法（以合计为例）：出生率 = 出生 " + total + " 例 ÷ 平均人口")
                .doesNotContain("出生率 = 出生 " + first + " 例");
    }

    private static String stats(Path home, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(Map.of("VREG_PASSWORD", "sample-password-2026"),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                VregCommandLineTest.CLOCK, home, question -> Optional.empty());
        String[] args = Stream.concat(Stream.of("stats", "--period", "2025", "--user", "clerk"), Stream.of(more))
                .toArray(String[]::new);
        int code = Vreg.run(args, TestSessions.program(TestStores.quick(VregCommandLineTest.CLOCK), context.clock()),
                context);
        assertThat(code).as(err::toString).isZero();
        return out.toString();
    }

    private Path copyOfSampleTownship() throws IOException {
        Path home = Files.createDirectories(temp.resolve("township"));
        try (Stream<Path> files = Files.list(Path.of("sample-data", "township"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, home.resolve(f.getFileName()));
            }
        }
        return home;
    }
}
