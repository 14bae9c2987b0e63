package org.villageregistry.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.villageregistry.service.bench.ImportProcess;

/**
 * {@code vreg import} in a new Java process on the program's class path, with the JVM options the {@code vreg}
 * launcher script gives a long-running command ({@link CdsArchive}, {@link LauncherMemory}); its peak resident set
 * is the high-water mark ({@code VmHWM}) of /proc/PID/status, read every 20 ms until it exits (Linux only).
 */
final class ImportProcessBench implements ImportProcess {
    private static final Path PROC = Path.of("/proc");

    @Override
    public Optional<Peak> importAll(Path home, String user, String password, Path bundles) throws IOException {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return Optional.empty();
        }
        List<String> jvm = new ArrayList<>(CdsArchive.options(CliStartBench.classPath(), "import"));
        jvm.addAll(LauncherMemory.OPTIONS);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", CliStartBench.classPath(), CliStartBench.MAIN, "import", "--home",
                home.toString(), "--user", user, "--password-stdin", bundles.toString()));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Path status = PROC.resolve(Long.toString(p.pid())).resolve("status");
        try (OutputStream in = p.getOutputStream()) {
            in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        long peak = -1;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMark(status));
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IOException("vreg import did not finish in 10 minutes");
                }
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        long wallMs = (System.nanoTime() - t) / 1_000_000;
        if (p.exitValue() != 0) {
            throw new IOException("vreg import exited with " + p.exitValue());
        }
        if (peak < 0) {
            return Optional.empty();
        }
        return Optional.of(new Peak(peak, wallMs, how(jvm)));
    }

    /** The JVM options and the heap limit they give (the JVM's default, a quarter of the memory, without -Xmx). */
    static String how(List<String> jvm) {
        String heap = jvm.stream().filter(o -> o.startsWith("-Xmx")).findFirst().map(o -> "heap limit " + o)
                .orElseGet(() -> String.format(Locale.ROOT, "no -Xmx: the JVM's default heap limit, a quarter of"
                        + " the %,d MiB of memory", totalMemory() >> 20));
        List<String> shown = jvm.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile")
                && !o.startsWith("-XX:ArchiveClassesAtExit") && !o.startsWith("-Xlog")).toList();
        return heap + "; options: " + (shown.isEmpty() ? "none" : String.join(" ", shown));
    }

    private static long totalMemory() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
    }

    /** VmHWM of a /proc status file in bytes; -1 once the process is gone. */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
