package org.villageregistry.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code vreg find} as a registrar runs it: a new Java process on the program's class path (with the launcher's
 * class-data-sharing options, {@link CdsArchive}), signing in with the password on standard input, searching and
 * exiting; the wall time from starting the process to its exit. The first run may write the archive; the median of
 * the three runs after it is the figure.
 */
final class CliStartBench {
    static final String MAIN = "org.villageregistry.app.Launcher";
    private static final int RUNS = 3;

    /** The wall times of the first run and the median of the next three; what the command was, for the note. */
    record Timing(double firstMs, double medianMs, String how) {
        String note() {
            return String.format(Locale.ROOT, "median of %d after a first run of %.0f ms; %s", RUNS, firstMs, how);
        }
    }

    private CliStartBench() {
    }

    static Timing find(Path home, String user, String password, String query) throws IOException {
        double first = once(command(home, user, query), password);
        double[] ms = new double[RUNS];
        List<String> options = CdsArchive.options(classPath(), "find");
        for (int i = 0; i < RUNS; i++) {
            // after the first run: the archive it wrote is mapped now
            options = CdsArchive.options(classPath(), "find");
            ms[i] = once(command(home, user, query), password);
        }
        Arrays.sort(ms);
        return new Timing(first, ms[RUNS / 2], (options.isEmpty() ? "no class-data-sharing archive"
                : "launcher options: " + String.join(" ", options)) + " " + String.join(" ", LauncherMemory.OPTIONS));
    }

    private static List<String> command(Path home, String user, String query) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CdsArchive.options(classPath(), "find"));
        command.addAll(LauncherMemory.OPTIONS);
        command.addAll(List.of("-cp", classPath(), MAIN, "find", "--home", home.toString(), "--user", user,
                "--password-stdin", query));
        return command;
    }

    private static double once(List<String> command, String password) throws IOException {
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        try {
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("vreg find did not finish in 2 minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("vreg find exited with " + p.exitValue());
        }
        return (System.nanoTime() - t) / 1e6;
    }

    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
