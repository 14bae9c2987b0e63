package org.villageregistry.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.villageregistry.domain.text.Messages;

/**
 * The desktop's own settings, kept beside the register in {@code desktop.properties} of the workstation folder:
 * the language and the minutes without input after which the register locks, and the last folder a file was
 * chosen in ({@link LastFolder}). Nothing personal is in it.
 */
public record DesktopSettings(Locale language, int idleLockMinutes) {
    public static final String FILE = "desktop.properties";
    public static final int DEFAULT_IDLE_MINUTES = 10;
    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 240;

    public DesktopSettings {
        language = language.getLanguage().equals("en") ? Messages.ENGLISH : Messages.CHINESE;
        if (idleLockMinutes < MIN_IDLE_MINUTES || idleLockMinutes > MAX_IDLE_MINUTES) {
            throw new IllegalArgumentException("idle lock minutes out of range: " + idleLockMinutes);
        }
    }

    public static DesktopSettings defaults() {
        return new DesktopSettings(Messages.CHINESE, DEFAULT_IDLE_MINUTES);
    }

    /** The settings of a workstation folder; the defaults when it has none or the file is unreadable. */
    public static DesktopSettings load(Path home) {
        Properties properties = properties(home);
        Locale language = Locale.forLanguageTag(properties.getProperty("language", "zh-CN"));
        int minutes;
        try {
            minutes = Integer.parseInt(properties.getProperty("idleLockMinutes", "").strip());
        } catch (NumberFormatException e) {
            minutes = DEFAULT_IDLE_MINUTES;
        }
        if (minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) {
            minutes = DEFAULT_IDLE_MINUTES;
        }
        return new DesktopSettings(language, minutes);
    }

    /** Writes the settings atomically (a temporary file moved over the old one); other entries stay. */
    public void save(Path home) {
        Properties properties = properties(home);
        properties.setProperty("language", language.toLanguageTag());
        properties.setProperty("idleLockMinutes", Integer.toString(idleLockMinutes));
        store(home, properties);
    }

    /** Every entry of the settings file; none when it is missing or unreadable. */
    static Properties properties(Path home) {
        Properties properties = new Properties();
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return properties;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
        return properties;
    }

    static void store(Path home, Properties properties) {
        try {
            Files.createDirectories(home);
            Path temporary = Files.createTempFile(home, "desktop", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Village Registry desktop settings");
            }
            Files.move(temporary, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
