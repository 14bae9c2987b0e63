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
     * A folder this account cannot write to (another account's, e.g. the county service's run without
     * {@code sudo -u}) logs among the temporary files too, rather than Logback printing its own failures.
     */
    public static void useForCommand(Path home, String[] args) {
        boolean making = args.length > 0 && MAKING.contains(args[0]);
        if (making || java.nio.file.Files.isDirectory(home) && writable(home.resolve("logs"))) {
            useWorkstation(home);
        } else if (System.getProperty(PROPERTY) == null) {
            // one folder per account: another account's could not be written to
            System.setProperty(PROPERTY, Path.of(System.getProperty("java.io.tmpdir"),
                    "village-registry-logs-" + System.getProperty("user.name"))
                    .toString());
        }
    }

    /** Whether the log folder can be written, or made in a parent that can. */
    private static boolean writable(Path logs) {
        if (java.nio.file.Files.isDirectory(logs)) {
            return java.nio.file.Files.isWritable(logs);
        }
        Path parent = logs.getParent();
        return parent != null && java.nio.file.Files.isWritable(parent);
    }

    public static void useWorkstation(Path home) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, home.resolve("logs").toString());
        }
    }

    /**
     * A workstation signed in to: its own folder takes the log from now on. The desktop's 换工作站 signs in to another
     * folder in the same process, and Logback read the folder once, when it started: it is configured again from
     * {@code logback.xml} with the new folder. Nothing happens where the launcher named no folder (tests, embedding)
     * or the folder is already the one in use.
     */
    public static void follow(Path home) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            follow(home, context, LogFolder.class.getResource("/logback.xml"));
        }
    }

    /** {@link #follow(Path)} for one Logback context and its configuration file. */
    static synchronized void follow(Path home, ch.qos.logback.classic.LoggerContext context, java.net.URL config) {
        String inUse = System.getProperty(PROPERTY);
        if (home == null || inUse == null || config == null) {
            return;
        }
        String wanted = home.toAbsolutePath().resolve("logs").toString();
        if (Path.of(inUse).toAbsolutePath().toString().equals(wanted)) {
            return;
        }
        System.setProperty(PROPERTY, wanted);
        ch.qos.logback.classic.joran.JoranConfigurator configurator = new ch.qos.logback.classic.joran.JoranConfigurator();
        configurator.setContext(context);
        context.reset();
        try {
            configurator.doConfigure(config);
        } catch (ch.qos.logback.core.joran.spi.JoranException e) {
            // the same file configured Logback at start; should it fail now, Logback's own status says why
            new ch.qos.logback.core.util.StatusPrinter2().printInCaseOfErrorsOrWarnings(context);
        }
    }
}
