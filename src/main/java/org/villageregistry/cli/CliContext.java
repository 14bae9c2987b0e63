package org.villageregistry.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What a command run sees of the outside world: environment, standard input and output, the clock and the
 * default workstation folder. Tests give their own, so they need no real environment or console.
 */
public record CliContext(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err, Clock clock,
                         Path defaultHome, PasswordPrompt prompt) {

    /** Asks a person at a terminal for a password; empty when there is no terminal. */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<char[]> ask(String question);
    }

    public static CliContext system() {
        return system(Path.of(System.getProperty("user.home"), ".village-registry"));
    }

    /** The real console, with the workstation folder the launcher resolved (--home, VREG_HOME or the default). */
    public static CliContext system(Path defaultHome) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return new CliContext(System.getenv(), System.in, out, err, Clock.systemDefaultZone(), defaultHome,
                question -> System.console() == null ? Optional.empty()
                        : Optional.ofNullable(System.console().readPassword("%s", question)));
    }

    /** The first line of standard input, for --password-stdin. */
    Optional<char[]> firstLineOfInput() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line.toCharArray());
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }
}
