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

    public static void useWorkstation(Path home) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, home.resolve("logs").toString());
        }
    }
}
