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
        List<String> cds = CdsArchive.options(CliStartBench.classPath(), "import");
        if (cds.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"))) {
            // On JDK 17 the first run of a new jar writes the class-data archive as it exits, which takes more
            // memory than the import (311 MiB against 209-219 MiB measured): a short run of the same command
            // writes it first, so the import maps it as every later run of the program does.
            writeArchive(cds);
            cds = CdsArchive.options(CliStartBench.classPath(), "import");
        }
        List<String> jvm = new ArrayList<>(cds);
        jvm.addAll(LauncherMemory.OPTIONS);
        Path gcLog = Files.createTempFile("vreg-import-gc", ".log");
        // filecount=0: the JVM would otherwise move the existing (empty) file aside as gcLog.0 and leave it behind
        jvm.add("-Xlog:gc:file=" + gcLog + "::filecount=0");
        try {
            return measure(jvm, gcLog, home, user, password, bundles);
        } finally {
            Files.deleteIfExists(gcLog); // also when the process failed or did not finish
        }
    }

    private static Optional<Peak> measure(List<String> jvm, Path gcLog, Path home, String user, String password,
            Path bundles) throws IOException {
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
        long[] pauses = pauses(gcLog);
        if (p.exitValue() != 0) {
            throw new IOException("vreg import exited with " + p.exitValue());
        }
        if (peak < 0) {
            return Optional.empty();
        }
        return Optional.of(new Peak(peak, wallMs, how(jvm), (int) pauses[0], pauses[1]));
    }

    private static void writeArchive(List<String> cds) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(cds);
        command.addAll(List.of("-cp", CliStartBench.classPath(), CliStartBench.MAIN, "import", "--help"));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The pauses a {@code -Xlog:gc} file lists ({@code … Pause Young (…) 89M->61M(94M) 3.545ms}): count, ms. */
    static long[] pauses(Path log) {
        long count = 0;
        double millis = 0;
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                int pause = line.indexOf(" Pause ");
                if (pause < 0 || !line.endsWith("ms")) {
                    continue;
                }
                int from = line.lastIndexOf(' ') + 1;
                try {
                    millis += Double.parseDouble(line.substring(from, line.length() - 2));
                    count++;
                } catch (NumberFormatException e) {
                    // a line of another shape: not a pause
                }
            }
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
        return new long[] {count, Math.round(millis)};
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
