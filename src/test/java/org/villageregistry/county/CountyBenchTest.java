package org.villageregistry.county;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vreg bench --part county} at its smallest scale: every line of docs/BENCHMARKS-county.md comes out. */
class CountyBenchTest {
    @TempDir
    Path temp;

    @Test
    void theCountyBenchmarkTimesTheIntakeAgainstABareCopyThenTheStatisticsAndThePage() throws Exception {
        SampleCounty terminal = new SampleCounty(temp);
        Path report = temp.resolve("county.md");

        terminal.ok("bench", "--part", "county", "--scale", "village", "--out", report.toString());

        assertThat(terminal.out()).contains("2 个乡镇 × 每乡 3 个村 × 每村 500 人")
                .contains("intake: 6 uploads, 3,000 persons POSTed, verified, decrypted, applied")
                .containsPattern("reference [\\d,]+ ms \\(COPY of the same 3,000 rows' state into a bare table\\),"
                        + " ratio [\\d.]+×")
                .contains("county statistics of 2026-11 counted from the rows: median").contains("from the counts kept per village: median").containsPattern("p50 [\\d,]+ ms, p95 [\\d,]+ ms");
        assertThat(Files.readString(report)).startsWith("## 县级接收").contains("ratio");
    }
}
