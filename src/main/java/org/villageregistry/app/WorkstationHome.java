package org.villageregistry.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /** The ending of the township's receipt files, registered as well. */
    public static final String RECEIPT_ENDING = ".vrr.json";

    /**
     * True when the arguments ask for the desktop: none at all, only {@code --home DIR}, or a single bundle or
     * receipt file, with or without {@code --home DIR} (what the file manager passes when the registrar
     * double-clicks a {@code .vrb.json} or {@code .vrr.json} file).
     */
    public static boolean wantsDesktop(String[] args) {
        return withoutHome(args).isEmpty() || fileToOpen(args).isPresent();
    }

    /** The bundle or receipt file the desktop should open for import: the one argument besides {@code --home}. */
    public static Optional<Path> fileToOpen(String[] args) {
        List<String> rest = withoutHome(args);
        if (rest.size() == 1) {
            String name = rest.get(0).toLowerCase(Locale.ROOT);
            if (name.endsWith(BUNDLE_ENDING) || name.endsWith(RECEIPT_ENDING)) {
                return Optional.of(Path.of(rest.get(0)).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** The arguments with {@code --home DIR} or {@code --home=DIR} taken out. */
    private static List<String> withoutHome(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) {
                i++;
            } else if (!args[i].startsWith(OPTION + "=")) {
                rest.add(args[i]);
            }
        }
        return rest;
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
