package org.villageregistry.storage;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a register's schema is already at the program's version, without starting Flyway: the versions Flyway
 * recorded as applied ({@code flyway_schema_history}) against the versioned migration files found in the
 * migration locations. Flyway (its scan, validation and migration) runs only when they differ; a sign-in to an
 * up-to-date register skips it. Anything this check does not understand (a location that is not on the class
 * path, a repeatable migration, a failed one) answers "not up to date", so Flyway decides as before.
 */
final class SchemaVersion {
    private static final String CLASSPATH = "classpath:";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.(?:sql|class)");

    private SchemaVersion() {
    }

    static boolean upToDate(Connection c, List<String> locations) {
        Optional<Set<String>> available = available(locations);
        if (available.isEmpty() || available.get().isEmpty()) {
            return false;
        }
        try {
            return applied(c).map(available.get()::equals).orElse(false);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The versions Flyway applied successfully; empty when the history is missing or holds a failed migration. */
    static Optional<Set<String>> applied(Connection c) throws SQLException {
        Set<String> versions = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_NAME = 'flyway_schema_history'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return Optional.empty();
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\", \"type\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return Optional.empty();
                }
                if (rs.getString(1) != null && !"SCHEMA".equals(rs.getString(3))) {
                    versions.add(normalise(rs.getString(1)));
                }
            }
        }
        return Optional.of(versions);
    }

    /** The versions of the versioned migrations in these class-path locations; empty when one cannot be listed. */
    static Optional<Set<String>> available(List<String> locations) {
        Set<String> versions = new HashSet<>();
        for (String location : locations) {
            if (!location.startsWith(CLASSPATH)) {
                return Optional.empty();
            }
            String folder = location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
            try {
                Enumeration<URL> urls = SchemaVersion.class.getClassLoader().getResources(folder);
                while (urls.hasMoreElements()) {
                    if (!list(urls.nextElement(), folder, versions)) {
                        return Optional.empty();
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(versions);
    }

    private static boolean list(URL url, String folder, Set<String> versions) throws IOException, URISyntaxException {
        switch (url.getProtocol()) {
            case "file" -> {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path f : files.toList()) {
                        if (!add(f.getFileName().toString(), versions)) {
                            return false;
                        }
                    }
                }
                return true;
            }
            case "jar" -> {
                JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                String prefix = folder + "/";
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                    String name = e.nextElement().getName();
                    if (name.startsWith(prefix) && name.length() > prefix.length()
                            && name.indexOf('/', prefix.length()) < 0 && !add(name.substring(prefix.length()), versions)) {
                        return false;
                    }
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Adds a versioned migration's version; false for a repeatable or other migration this check does not know. */
    private static boolean add(String name, Set<String> versions) {
        if (name.startsWith("R__") || name.startsWith("U")) {
            return false;
        }
        Matcher m = VERSIONED.matcher(name);
        if (m.matches()) {
            versions.add(normalise(m.group(1)));
        }
        return true;
    }

    /** "1_1" and "1.1" are the same version; leading zeros of a part are not significant. */
    private static String normalise(String version) {
        StringBuilder out = new StringBuilder();
        for (String part : version.split("[._]")) {
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(part.replaceFirst("^0+(?=\\d)", ""));
        }
        return out.toString();
    }
}
