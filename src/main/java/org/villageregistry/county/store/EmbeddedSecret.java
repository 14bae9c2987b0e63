package org.villageregistry.county.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The password of an embedded county PostgreSQL's superuser, and the rule that every connection gives it. zonky's
 * embedded PostgreSQL, made for tests, runs initdb with {@code -A trust}: any account on the machine could connect
 * as the superuser over 127.0.0.1 and read or change the county's data. Here a random password is kept beside the
 * data folder ({@code <folder>.password}, readable by its owner alone), a new folder is made with it (initdb
 * {@code --auth=scram-sha-256 --pwfile}), and a folder made before gets it at its first start: the superuser's
 * password set, {@code pg_hba.conf} rewritten to ask it of every connection, the configuration reloaded.
 */
final class EmbeddedSecret {
    static final String METHOD = "scram-sha-256";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;
    /** Every connection, local socket or loopback TCP, gives the password. */
    static final List<String> HBA = List.of(
            "# Village Registry: every connection to the county's embedded PostgreSQL gives the password",
            "# kept in the .password file beside this folder (docs/decisions/0037)",
            "local   all   all                  " + METHOD,
            "host    all   all   127.0.0.1/32   " + METHOD,
            "host    all   all   ::1/128        " + METHOD);

    private EmbeddedSecret() {
    }

    static Path file(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".password");
    }

    /** The folder's password: read from its file, or made (random, 32 characters) and written there first. */
    static String of(Path folder) throws IOException {
        Path file = file(folder);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        SecureRandom random = new SecureRandom();
        StringBuilder made = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            made.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, made + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temporary);
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        return made.toString();
    }

    /**
     * A folder whose {@code pg_hba.conf} still trusts a connection (made by an earlier version) gets the password:
     * set for the superuser while the trust still lets this process in, then asked of every connection.
     */
    static void requirePasswords(Path folder, int port, String password) throws IOException, SQLException {
        if (!password.matches("[A-Za-z0-9]{16,}")) {
            throw new IOException("the password file beside " + folder + " is not one this program wrote");
        }
        Path hba = folder.resolve("pg_hba.conf");
        boolean trusting = Files.readAllLines(hba, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).anyMatch(l -> !l.endsWith(METHOD));
        if (!trusting) {
            return;
        }
        String url = String.format(Locale.ROOT, "jdbc:postgresql://localhost:%d/postgres?user=postgres", port);
        try (Connection c = DriverManager.getConnection(url, "postgres", password); Statement s = c.createStatement()) {
            // the password is made of letters and digits only (LETTERS): nothing to escape
            s.execute("ALTER ROLE postgres WITH PASSWORD '" + password + "'");
            Path temporary = hba.resolveSibling("pg_hba.conf.new");
            Files.write(temporary, HBA, StandardCharsets.UTF_8);
            Files.move(temporary, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            s.execute("SELECT pg_reload_conf()");
        }
    }
}
