package org.villageregistry.app;

import java.nio.file.Path;

/**
 * Points Logback at {@code <home>/logs}. Must run before the first logger is created, because
 * {@code logback.xml} reads the folder from this system property when Logback starts.
 */
public final class LogFolder {
    public static final String PROPERTY = "vreg.log.dir";

    private LogFolder() {
    }

    /** The commands that make the workstation folder they name (the others only read one that exists). */
    private static final java.util.Set<String> MAKING = java.util.Set.of("init", "restore");

    /**
     * For a command: the workstation's own log folder when the folder is there or the command makes it; otherwise
     * (a mistyped --home) a folder in the system's temporary files, so a typing mistake leaves no folder behind.
     */
    public static void useForCommand(Path home, String[] args) {
        boolean making = args.length > 0 && MAKING.contains(args[0]);
        if (making || java.nio.file.Files.isDirectory(home)) {
            useWorkstation(home);
        } else if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, Path.of(System.getProperty("java.io.tmpdir"), "village-registry-logs")
                    .toString());
        }
    }

    public static void useWorkstation(Path home) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, home.resolve("logs").toString());
        }
    }
}
