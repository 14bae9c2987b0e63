package org.villageregistry.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder the registrar last chose a file or folder in (usually the USB stick), remembered per workstation in
 * {@link DesktopSettings#FILE}, so the next file or folder dialog, and a report to save, start there. A folder
 * that is gone (the stick pulled out) is not offered.
 */
public final class LastFolder {
    static final String KEY = "lastFolder";
    private static final Logger LOG = LoggerFactory.getLogger(LastFolder.class);

    private final Path home;
    private Path chosen;

    /**
     * @param home the workstation folder whose desktop settings hold the folder; null for a session without one
     *             (a test), which remembers the folder until it ends
     */
    public LastFolder(Path home) {
        this.home = home;
    }

    /** The folder to start in, when one was chosen before and is still there. */
    public Optional<Path> get() {
        String value = home == null ? Objects.toString(chosen, "")
                : DesktopSettings.properties(home).getProperty(KEY, "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(value);
            return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Remembers the folder of a chosen file, or a chosen folder itself. */
    public void remember(Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        chosen = folder.toAbsolutePath();
        if (home == null) {
            return;
        }
        Properties properties = DesktopSettings.properties(home);
        properties.setProperty(KEY, folder.toAbsolutePath().toString());
        try {
            DesktopSettings.store(home, properties);
        } catch (RuntimeException e) {
            // a dialog still works without it; the next one starts where the system puts it
            LOG.warn("Could not remember the last folder in the desktop settings: {}", e.getClass().getSimpleName());
        }
    }
}
