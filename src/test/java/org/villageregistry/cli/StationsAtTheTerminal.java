package org.villageregistry.cli;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.storage.TestStores;

/** Village and township workstations side by side in one folder, each at its own terminal, a USB stick between. */
abstract class StationsAtTheTerminal {
    @TempDir
    Path temp;
    StringWriter out;
    StringWriter err;
    Path stick;
    private final TestTerminal terminal = new TestTerminal(TestStores.quick(VregCommandLineTest.CLOCK), "pw-2026x");

    @BeforeEach
    void chinese() throws Exception {
        Messages.setLocale(Messages.CHINESE);
        stick = Files.createDirectories(temp.resolve("usb"));
    }

    /** Runs a command at the workstation in folder {@code station}; returns its exit code. */
    int at(String station, String... args) {
        int code = terminal.run(temp.resolve(station), args);
        out = terminal.out();
        err = terminal.err();
        return code;
    }
}
