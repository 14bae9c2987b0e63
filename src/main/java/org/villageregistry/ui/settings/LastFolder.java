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
    /** The setting this folder is kept under: the general one, or one of its own (the USB stick of 数据同步). */
    private final String key;
    private Path chosen;

    /**
     * @param home the workstation folder whose desktop settings hold the folder; null for a session without one
     *             (a test), which remembers the folder until it ends
     */
    public LastFolder(Path home) {
        this(home, null);
    }

    /**
     * A folder remembered apart from the others, e.g. "sync": the bundles' and receipts' stick is not where the
     * reports were saved. Until one is chosen for it, it starts in the general last folder.
     */
    public LastFolder(Path home, String purpose) {
        this.home = home;
        this.key = purpose == null ? KEY : KEY + "." + purpose;
    }

    /** The folder to start in, when one was chosen before and is still there. */
    public Optional<Path> get() {
        String value = home == null ? Objects.toString(chosen, "") : own(DesktopSettings.properties(home));
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

    private String own(Properties properties) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() ? properties.getProperty(KEY, "").strip() : value;
    }

    /** Remembers the folder of a chosen file, or a chosen folder itself. */
    public void remember(Path chosen) {
        Path folder = Files.isDirectory(chosen) ? chosen : chosen.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        this.chosen = folder.toAbsolutePath();
        if (home == null) {
            return;
        }
        Properties properties = DesktopSettings.properties(home);
        properties.setProperty(key, folder.toAbsolutePath().toString());
        try {
            DesktopSettings.store(home, properties);
        } catch (RuntimeException e) {
            // a dialog still works without it; the next one starts where the system puts it
            LOG.warn("Could not remember the last folder in the desktop settings: {}", e.getClass().getSimpleName());
        }
    }
}
