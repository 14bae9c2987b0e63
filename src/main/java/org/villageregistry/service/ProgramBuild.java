package org.villageregistry.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Which build of the program is running: the version and the build date from the jar's manifest
 * ({@code Implementation-Version} and {@code Build-Date}, written by Maven). Run from classes (tests, the IDE)
 * there is no manifest of ours, and both read "dev". Printed on every page and shown in the About box.
 */
public record ProgramBuild(String version, String buildDate) {
    public static final String DEV = "dev";

    /** The build of the running program. */
    public static ProgramBuild running() {
        return manifest().map(ProgramBuild::of).orElse(new ProgramBuild(DEV, DEV));
    }

    static ProgramBuild of(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return new ProgramBuild(usable(main.getValue("Implementation-Version")).orElse(DEV),
                usable(main.getValue("Build-Date")).orElse(DEV));
    }

    /** The manifest of the jar this class was loaded from; none when it was loaded from a classes folder. */
    private static Optional<Manifest> manifest() {
        URL self = ProgramBuild.class.getResource(ProgramBuild.class.getSimpleName() + ".class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return Optional.empty();
        }
        String url = self.toString();
        try (InputStream in = new URL(url.substring(0, url.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
            return Optional.of(new Manifest(in));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** A value Maven did not fill in still reads "${…}". */
    private static Optional<String> usable(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && !v.contains("${"));
    }
}
