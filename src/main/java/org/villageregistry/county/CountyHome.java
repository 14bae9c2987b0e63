package org.villageregistry.county;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.villageregistry.county.store.CountyDatabase;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;

/**
 * The county's folder: {@code county.properties} (division, name, workstation id, which database) and
 * {@code county.keys} (the Ed25519 and X25519 private keys, readable by the server's account only).
 */
public record CountyHome(Path folder, DivisionCode division, String name, UUID workstationId, Instant createdAt,
                         Optional<String> jdbcUrl, Optional<Path> embeddedDb) {
    static final String SETTINGS = "county.properties";
    static final String KEYS = "county.keys";

    /** The county as its enrolment file names it (the role is not part of an enrolment file). */
    public WorkstationInfo workstation() {
        return new WorkstationInfo(workstationId, WorkstationRole.TOWNSHIP, division, name, createdAt);
    }

    /** Opens the county's database and brings its schema up to date. */
    public CountyDatabase openDatabase() {
        CountyDatabase db = jdbcUrl.isPresent() ? CountyDatabase.server(jdbcUrl.get())
                : CountyDatabase.embedded(embeddedDb.orElseThrow());
        try {
            return db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The same county over another database (the one {@code county.conf} names wins over the folder's). */
    public CountyHome withDatabase(County.Database database) {
        return new CountyHome(folder, division, name, workstationId, createdAt, database.jdbcUrl(),
                database.embeddedFolder().map(folder::resolve));
    }

    static CountyHome load(Path folder) {
        Path file = folder.resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            throw new RegistryException("county.home.missing", folder.toString());
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new RegistryException(e, "county.home.unreadable", file.toString());
        }
        return new CountyHome(folder, DivisionCode.of(p.getProperty("division")), p.getProperty("name"),
                UUID.fromString(p.getProperty("workstation")), Instant.parse(p.getProperty("createdAt")),
                Optional.ofNullable(p.getProperty("db.url")),
                Optional.ofNullable(p.getProperty("db.embedded")).map(folder::resolve));
    }

    void save(byte[] keys) {
        Properties p = new Properties();
        p.setProperty("division", division.value());
        p.setProperty("name", name);
        p.setProperty("workstation", workstationId.toString());
        p.setProperty("createdAt", createdAt.toString());
        jdbcUrl.ifPresent(u -> p.setProperty("db.url", u));
        embeddedDb.ifPresent(d -> p.setProperty("db.embedded", folder.relativize(d).toString()));
        try {
            Files.createDirectories(folder);
            Path keyFile = folder.resolve(KEYS);
            Files.write(keyFile, keys);
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own access rights protect the file
            }
            try (Writer w = Files.newBufferedWriter(folder.resolve(SETTINGS), StandardCharsets.UTF_8)) {
                p.store(w, "Village Registry county server");
            }
        } catch (IOException e) {
            throw new RegistryException(e, "county.home.unwritable", folder.toString(), String.valueOf(e.getMessage()));
        }
    }

    byte[] keys() {
        try {
            return Files.readAllBytes(folder.resolve(KEYS));
        } catch (IOException e) {
            throw new RegistryException(e, "county.home.unreadable", folder.resolve(KEYS).toString());
        }
    }
}
