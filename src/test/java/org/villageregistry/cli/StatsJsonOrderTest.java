package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.service.Json;

/**
 * The township compares this month's {@code vreg stats --format json} with last run's file byte for byte (diff,
 * checksums): two runs over the same register write the same bytes, keys in one fixed order.
 */
class StatsJsonOrderTest {
    @TempDir
    Path temp;

    @Test
    void twoRunsInTwoProgramsWriteTheSameBytesWithKeysInTheCodesOrder() throws Exception {
        Path home = copyOfSampleVillage();

        String first = StatsJsonRun.run(home, "2025");
        String second = inAnotherJvm(home, "2025");

        assertThat(second).isEqualTo(first);
        JsonNode total = Json.mapper().readTree(first).get("total");
        assertThat(keys(total.get("populationAtEnd"))).hasSizeGreaterThan(2)
                .isSubsetOf(names(ResidenceStatus.values())).isSortedAccordingTo(
                        (a, b) -> ResidenceStatus.valueOf(a).compareTo(ResidenceStatus.valueOf(b)));
        assertThat(keys(total.get("moves"))).hasSizeGreaterThan(2).isSortedAccordingTo(
                (a, b) -> MoveKind.valueOf(a).compareTo(MoveKind.valueOf(b)));
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private String inAnotherJvm(Path home, String period) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), StatsJsonRun.class.getName(),
                home.toString(), period).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = child.getInputStream().readAllBytes();
        assertThat(child.waitFor()).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private Path copyOfSampleVillage() throws IOException {
        Path home = Files.createDirectories(temp.resolve("village-01"));
        try (Stream<Path> files = Files.list(Path.of("sample-data", "village-01"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, home.resolve(f.getFileName()));
            }
        }
        return home;
    }
}
