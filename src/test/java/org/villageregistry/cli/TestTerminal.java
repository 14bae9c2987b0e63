package org.villageregistry.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.repository.RegisterStore;

/**
 * {@code vreg} as a registrar types it in the command-line tests: a password in VREG_PASSWORD, the tests'
 * fixed clock, a workstation folder as the default home, standard output and error kept for the asserts.
 */
final class TestTerminal {
    private final RegisterStore store;
    private final String password;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    TestTerminal(RegisterStore store) {
        this(store, VregCommandLineTest.PASSWORD);
    }

    TestTerminal(RegisterStore store, String password) {
        this.store = store;
        this.password = password;
    }

    /** Runs one command with {@code home} as the default workstation folder; returns its exit code. */
    int run(Path home, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CliContext context = new CliContext(Map.of("VREG_PASSWORD", password),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
                VregCommandLineTest.CLOCK, home, question -> Optional.empty());
        return Vreg.run(args, TestSessions.program(store, context.clock()), context);
    }

    StringWriter out() {
        return out;
    }

    StringWriter err() {
        return err;
    }
}
