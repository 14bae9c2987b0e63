package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.storage.H2RegisterStore;

/** The command-line tests' village: 柳树村 made with {@code vreg init}, then every command typed against it. */
abstract class VillageAtTheTerminal {
    @TempDir
    Path temp;
    Path home;
    StringWriter out;
    StringWriter err;
    final H2RegisterStore store = new H2RegisterStore(VregCommandLineTest.CLOCK);
    private final TestTerminal terminal = new TestTerminal(store);

    /** Makes the village workstation 柳树村 with its administrator, in Chinese. */
    void initVillage() {
        Messages.setLocale(Messages.CHINESE);
        home = temp.resolve("柳树村");
        ok("init", "--role", "village", "--division", "410103100001", "--name", "柳树村", "--user", "admin");
    }

    /** Runs a command; the test fails with its error output when it does not succeed. */
    void ok(String... args) {
        assertThat(vreg(args)).as(() -> err.toString()).isZero();
    }

    int vreg(String... args) {
        int code = terminal.run(home, args);
        out = terminal.out();
        err = terminal.err();
        return code;
    }
}
