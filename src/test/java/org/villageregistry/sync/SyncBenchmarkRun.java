package org.villageregistry.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: with {@code -Dvreg.bench=true} runs {@link SyncBenchmarkMain} in a JVM with
 * {@code -Xmx512m} and writes its numbers to target/benchmarks-sync.txt (docs/BENCHMARKS-sync.md).
 */
@EnabledIfSystemProperty(named = "vreg.bench", matches = "true")
class SyncBenchmarkRun {
    @Test
    void printTheSyncNumbers() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SyncBenchmarkMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "benchmarks-sync.txt").toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
