package org.villageregistry.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the workstation folder is: {@code --home DIR} on the command line, else the {@code VREG_HOME}
 * system property or environment variable, else {@code ~/.village-registry}.
 */
public final class WorkstationHome {
    public static final String VARIABLE = "VREG_HOME";
    private static final String OPTION = "--home";

    private WorkstationHome() {
    }

    public static Path resolve(String[] args) {
        return resolve(args, System.getProperties().getProperty(VARIABLE), System.getenv(), System.getProperty("user.home"));
    }

    static Path resolve(String[] args, String property, Map<String, String> environment, String userHome) {
        return homeOption(args)
                .or(() -> nonBlank(property))
                .or(() -> nonBlank(environment.get(VARIABLE)))
                .map(Path::of)
                .orElseGet(() -> Path.of(userHome, ".village-registry"))
                .toAbsolutePath()
                .normalize();
    }

    /** The ending of sync bundle files, which the installed program is registered to open. */
    public static final String BUNDLE_ENDING = ".vrb.json";

    /**
     * True when the arguments ask for the desktop: none at all, only {@code --home DIR}, or a single bundle file
     * (what the file manager passes when the registrar double-clicks a {@code .vrb.json} file).
     */
    public static boolean wantsDesktop(String[] args) {
        return args.length == 0
                || args.length == 2 && args[0].equals(OPTION)
                || args.length == 1 && args[0].startsWith(OPTION + "=")
                || bundleToOpen(args).isPresent();
    }

    /** The bundle file the desktop should offer for import: a single argument ending in {@code .vrb.json}. */
    public static Optional<Path> bundleToOpen(String[] args) {
        if (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(BUNDLE_ENDING)) {
            return Optional.of(Path.of(args[0]).toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    private static Optional<String> homeOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                return nonBlank(args[i + 1]);
            }
            if (args[i].startsWith(OPTION + "=")) {
                return nonBlank(args[i].substring(OPTION.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(String::strip);
    }
}
