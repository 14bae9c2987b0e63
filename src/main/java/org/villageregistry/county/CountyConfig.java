package org.villageregistry.county;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.villageregistry.domain.text.RegistryException;

/**
 * The county server's configuration file as the package installs it ({@code /etc/village-registry/county.conf},
 * read by {@code vreg county serve --config FILE} from the systemd unit): {@code home} (the county's folder),
 * {@code database} (a PostgreSQL JDBC URL, or {@code embedded} for a trial PostgreSQL in {@code <home>/pgdata}),
 * {@code bind} and {@code port}. Plain {@code key=value} lines, {@code #} comments. The database named here
 * wins over the one {@code county init} wrote into the folder, so moving the county to another PostgreSQL is an
 * edit of this file and a restart.
 */
public record CountyConfig(Path file, Path home, Optional<County.Database> database, Optional<String> bind,
                           Optional<Integer> port) {
    /** {@code database=embedded}: the trial PostgreSQL, kept in this folder of the county's home. */
    public static final String EMBEDDED = "embedded";
    public static final String EMBEDDED_FOLDER = "pgdata";

    public static CountyConfig load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new RegistryException(e, "county.config.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        String home = value(p, "home").orElseThrow(() -> new RegistryException("county.config.noHome", file.toString()));
        return new CountyConfig(file, Path.of(home), value(p, "database").map(CountyConfig::database),
                value(p, "bind"), value(p, "port").map(port -> port(file, port)));
    }

    private static County.Database database(String value) {
        if (value.equalsIgnoreCase(EMBEDDED)) {
            return new County.Database(Optional.empty(), Optional.of(Path.of(EMBEDDED_FOLDER)));
        }
        return new County.Database(Optional.of(value), Optional.empty());
    }

    private static int port(Path file, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with what the file says
        }
        throw new RegistryException("county.config.badPort", value, file.toString());
    }

    private static Optional<String> value(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
