package org.villageregistry.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The program's version and build date, from {@code version.properties} that Maven fills in when it builds
 * (the jar manifest's Implementation-Version carries the same version).
 */
public record AppVersion(String version, String built) {
    private static final String RESOURCE = "version.properties";

    public static AppVersion current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = usable(properties.getProperty("version"))
                .or(() -> usable(AppVersion.class.getPackage().getImplementationVersion()))
                .orElse("?");
        return new AppVersion(version, usable(properties.getProperty("built")).orElse("?"));
    }

    /** A value Maven did not fill in still reads "${…}". */
    private static Optional<String> usable(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank() && !v.contains("${"));
    }
}
