package org.villageregistry.service.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    /** Busy for about the given milliseconds of this thread's CPU. */
    private static long spin(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        return x;
    }

    @Test
    void countsTheStepsThreadAndAThreadThatStartsAndEndsInsideIt() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        ThreadCpu cpu = ThreadCpu.watch();
        spin(300);
        Thread ahead = new Thread(() -> spin(300), "vreg-bundle-ahead");
        ahead.start();
        ahead.join();
        Thread.sleep(120);
        Map<String, Long> spent = cpu.stop();

        assertThat(spent.get("the step's own thread")).isBetween(150L, 2_000L);
        assertThat(spent.get("next bundle (open, decrypt, parse, hash)")).isBetween(150L, 2_000L);
        assertThat(ThreadCpu.describe(spent)).startsWith("the step's own thread ")
                .contains("next bundle (open, decrypt, parse, hash) ");
    }

    @Test
    void aThreadThatSleepsCountsNothing() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
        ThreadCpu cpu = ThreadCpu.watch();
        Thread ahead = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "vreg-bundle-ahead");
        ahead.start();
        ahead.join();
        assertThat(cpu.stop().get("next bundle (open, decrypt, parse, hash)")).isLessThanOrEqualTo(20L);
    }

    @Test
    void describesAnEmptyMeasureAsUnknown() {
        assertThat(ThreadCpu.describe(Map.of())).isEqualTo("not known on this system");
    }
}
