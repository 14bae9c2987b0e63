package org.villageregistry.app;

import java.nio.file.Path;
import java.time.Clock;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.session.Program;
import org.villageregistry.session.Session;
import org.villageregistry.storage.H2RegisterStore;

/** The composition root as tests use it: the same {@link Assembly} as the program, over a test clock or store. */
public final class TestSessions {
    /** The program's own list of screens, for tests that build the main window. */
    public static final org.villageregistry.ui.shell.ScreenList SCREENS = Screens::build;

    private TestSessions() {
    }

    public static Program program(RegisterStore store, Clock clock) {
        return new Assembly(store, clock);
    }

    /** The session over a register a test opened itself (its workstation folder unknown). */
    public static Session of(Register register, Clock clock) {
        return of(register, clock, null);
    }

    public static Session of(Register register, Clock clock, Path home) {
        return of(new H2RegisterStore(clock), register, clock, home);
    }

    /** With the store the register came from, so accounts and backups use its key-wrapping settings. */
    public static Session of(RegisterStore store, Register register, Clock clock, Path home) {
        return new Assembly(store, clock).session(register, home);
    }
}
