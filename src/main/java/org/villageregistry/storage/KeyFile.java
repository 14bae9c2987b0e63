package org.villageregistry.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.files.DurableFile;

/**
 * {@code keys.json} in the workstation folder: per user the role, Argon2id parameters and salt, and the
 * database key wrapped under that user's password. It holds no readable secret.
 */
record KeyFile(int format, List<UserKey> users, UserKey recovery) {
    static final String NAME = "keys.json";
    static final int FORMAT = 1;
    /** The name the recovery key's entry is wrapped under (authenticated data); no user can have it. */
    static final String RECOVERY = "#recovery";

    KeyFile {
        users = List.copyOf(users);
    }

    KeyFile(int format, List<UserKey> users) {
        this(format, users, null);
    }

    /** Argon2id cost: memory in KiB, passes, lanes. */
    record Argon2Parameters(int memoryKib, int iterations, int parallelism) {
        /** OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane): well under a second on a village laptop. */
        static final Argon2Parameters DEFAULT = new Argon2Parameters(19 * 1024, 2, 1);
    }

    /**
     * One user who can open the register. {@code failures} counts failed sign-ins in a row and
     * {@code lockedUntil} (ISO instant, or null) says until when the user may not try again: the register cannot
     * be opened to keep them, so they live here. Not tamper-evident: see docs/SECURITY.md.
     */
    record UserKey(String name, String role, Argon2Parameters argon2, String salt, String iv, String wrappedKey,
                   int failures, String lockedUntil) {
        UserKey(String name, String role, Argon2Parameters argon2, String salt, String iv, String wrappedKey) {
            this(name, role, argon2, salt, iv, wrappedKey, 0, null);
        }

        UserKey withFailures(int count, String until) {
            return new UserKey(name, role, argon2, salt, iv, wrappedKey, count, until);
        }
    }

    Optional<UserKey> user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    KeyFile with(UserKey user) {
        List<UserKey> all = new ArrayList<>(users);
        all.removeIf(u -> u.name().equals(user.name()));
        all.add(user);
        return new KeyFile(format, all, recovery);
    }

    KeyFile withRecovery(UserKey key) {
        return new KeyFile(format, users, key);
    }

    static Optional<KeyFile> read(Path home) {
        Path file = home.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            KeyFile keys = RecordJson.MAPPER.readValue(Files.readString(file), KeyFile.class);
            if (keys.format() != FORMAT || keys.users() == null || !keys.users().stream().allMatch(KeyFile::complete)
                    || keys.recovery() != null && !complete(keys.recovery())) {
                throw new RegistryException("storage.error.keyFileDamaged");
            }
            return Optional.of(keys);
        } catch (JsonProcessingException | NullPointerException e) {
            throw new RegistryException(e, "storage.error.keyFileDamaged");
        } catch (IOException e) {
            throw StorageFailure.explain(e, home);
        }
    }

    /**
     * Every field an unwrap needs is there, and the Argon2 cost is one this program could have written: a key
     * file from a backup or a damaged disk must not make the sign-in run out of memory or run for hours (found by
     * BackupFuzzTest#backupKeys). Up to 256 MiB and 32 passes, well above {@link Argon2Parameters#DEFAULT}.
     */
    private static boolean complete(UserKey u) {
        Argon2Parameters p = u == null ? null : u.argon2();
        return p != null && u.name() != null && u.role() != null && u.salt() != null && u.iv() != null
                && u.wrappedKey() != null && p.memoryKib() >= 8 && p.memoryKib() <= 256 * 1024
                && p.iterations() >= 1 && p.iterations() <= 32 && p.parallelism() >= 1 && p.parallelism() <= 16
                && p.memoryKib() >= 8 * p.parallelism();
    }

    /**
     * Writes durably ({@link DurableFile}: fsync, atomic rename, fsync the folder): a half-written key file, or
     * one whose rename a power cut undid, would lock everyone out or bring back a lifted sign-in lock.
     */
    void write(Path home) {
        try {
            DurableFile.replace(home, NAME, RecordJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(this));
        } catch (IOException e) {
            throw StorageFailure.explain(e, home);
        }
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    static byte[] unb64(String s) {
        return Base64.getDecoder().decode(s);
    }
}
