package org.villageregistry.app;

import java.nio.file.Path;
import org.villageregistry.cli.CliContext;
import org.villageregistry.cli.Vreg;
import org.villageregistry.storage.H2RegisterStore;

/**
 * The main class of {@code village-registry.jar}. No arguments (or only {@code --home DIR}) opens the desktop;
 * anything else is a command, {@code vreg <command>}. Deliberately not a JavaFX {@code Application}, so the
 * program starts from the class path and the command line needs no screen.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // Before any logger exists: Logback reads the log folder once, when it starts.
        Path home = WorkstationHome.resolve(args);
        if (WorkstationHome.wantsDesktop(args)) {
            LogFolder.useWorkstation(home);
            System.exit(DesktopApp.open(args));
        } else {
            LogFolder.useForCommand(home, args);
            CliContext console = CliContext.system(home);
            System.exit(Vreg.run(args, new Assembly(new H2RegisterStore(), console.clock()), console));
        }
    }
}
