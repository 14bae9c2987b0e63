package org.villageregistry.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.service.files.WriteFailure;

/**
 * Encrypted backups: a zip ({@code .vrbak}) of the database file as H2 stores it (AES with the database key; H2's
 * online BACKUP copies the encrypted pages; a file mostly made of old chunks is compacted on the way, in a copy,
 * decision 0020) and a {@code keys.json} holding only the administrators' entries and the recovery key's. So a
 * backup opens with an administrator's password or the recovery key, and with nothing else. Restoring checks the backup fully before touching the register and keeps the current files aside.
 */
final class RegisterBackups {
    static final String SUFFIX = ".vrbak";
    private static final String DB_ENTRY = RegisterDatabase.FILE;
    private static final long LARGEST_ENTRY = 8L * 1024 * 1024 * 1024;
    private static final String CHECK = ".restore-check";
    private static final String MARKER = ".restore-pending";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Clock clock;
    private final List<String> migrationLocations;

    RegisterBackups(Clock clock, List<String> migrationLocations) {
        this.clock = clock;
        this.migrationLocations = migrationLocations;
    }

    Path backup(H2Register register, Path folder) {
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path target = folder.resolve("register-" + register.workstation().division().value() + "-" + stamp + SUFFIX);
        Path h2zip = folder.resolve(".h2-" + stamp + ".zip.part");
        Path part = folder.resolve("." + target.getFileName() + ".part");
        WriteFailure.requireFolder(target);
        removeLeftOvers(folder);
        try {
            JdbcTransactions tx = (JdbcTransactions) register.transactions();
            // in the same read as the copy: what it holds, when the register is worth compacting (decision 0020)
            Optional<RegisterCompaction.Plan> plan = tx.read(() -> {
                Optional<RegisterCompaction.Plan> worthIt = RegisterCompaction.plan(tx.connection(),
                        register.compaction());
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("BACKUP TO '" + h2zip.toAbsolutePath().toString().replace("'", "''") + "'");
                } catch (SQLException e) {
                    throw WriteFailure.explain(e, target);
                }
                return worthIt;
            });
            Optional<Path> compacted = plan.flatMap(p -> RegisterCompaction.compactedForBackup(h2zip,
                    register.home(), register.key(), clock, p));
            KeyFile keys = KeyFile.read(register.home())
                    .orElseThrow(() -> new RegistryException("storage.error.keyFileDamaged"));
            KeyFile kept = new KeyFile(keys.format(), keys.users().stream()
                    .filter(u -> UserRole.ADMINISTRATOR.code().equals(u.role()))
                    .map(SignInLock::cleared).toList(), keys.recovery());
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2zip));
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(part))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    if (entry.getName().endsWith(".mv.db")) {
                        out.putNextEntry(new ZipEntry(DB_ENTRY));
                        if (compacted.isPresent()) {
                            Files.copy(compacted.get(), out);
                        } else {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
                out.putNextEntry(new ZipEntry(KeyFile.NAME));
                out.write(RecordJson.MAPPER.writeValueAsString(kept).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw WriteFailure.explain(e, target);
        } finally {
            deleteQuietly(h2zip);
            deleteQuietly(part);
            RegisterCompaction.removeBackupCopy(register.home());
        }
    }

    /**
     * The hidden part files a backup killed half-way (power cut, kill) left in the folder: nothing refers to them,
     * and on a stick they take room, so the next backup into the folder removes them.
     */
    private static void removeLeftOvers(Path folder) {
        try (var files = Files.list(folder)) {
            files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".part")
                        && (name.startsWith(".h2-") || name.startsWith(".register-"));
            }).forEach(RegisterBackups::deleteQuietly);
        } catch (IOException e) {
            // the backup itself reports the folder's problem
        }
    }

    Path restore(Path home, Path backup, String user, char[] secret) {
        if (!Files.isRegularFile(backup)) {
            throw new RegistryException("storage.error.backupMissing", backup.toString());
        }
        Path check = home.resolve(CHECK);
        finishInterruptedRestore(home);
        try {
            deleteTree(check);
            Files.createDirectories(check);
            unpack(backup, check);
            KeyFile keys = KeyFile.read(check).orElseThrow(() -> notABackup(backup));
            DatabaseKey key = unlock(keys, user, secret);
            verifyOpens(check, key, user, backup);
            String asideName = "";
            List<KeyFile.UserKey> merged = new ArrayList<>(keys.users());
            if (Files.exists(RegisterDatabase.file(home)) || Files.exists(home.resolve(KeyFile.NAME))) {
                asideName = "replaced-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
                KeyFile.read(home).ifPresent(current -> current.users().stream()
                        .filter(u -> keys.user(u.name()).isEmpty()).forEach(merged::add));
            }
            // everything the new register needs now lies complete in the check folder; from the moment the
            // marker is written, a crash is finished forward by the next open (finishInterruptedRestore)
            new KeyFile(keys.format(), merged, keys.recovery()).write(check);
            Path marker = home.resolve(MARKER);
            Path markerPart = home.resolve(MARKER + ".part");
            Files.writeString(markerPart, asideName, StandardCharsets.UTF_8);
            Files.move(markerPart, marker, StandardCopyOption.ATOMIC_MOVE);
            return rollForward(home, asideName);
        } catch (IOException e) {
            throw StorageFailure.explain(e, home);
        } finally {
            if (!Files.exists(home.resolve(MARKER))) {
                deleteTree(check);
            }
        }
    }

    /**
     * Completes a restore that a crash or a pulled plug cut short: when the marker is there, the restored files
     * wait complete in the check folder, so the swap is finished (the current files go aside first, as the
     * restore would have put them); without the marker the register was never touched and the check folder is
     * only removed. Called before every open, so a half-done restore never looks like a missing register.
     */
    static void finishInterruptedRestore(Path home) {
        Path marker = home.resolve(MARKER);
        try {
            if (Files.exists(marker)) {
                rollForward(home, Files.readString(marker, StandardCharsets.UTF_8).trim());
            } else if (Files.isDirectory(home.resolve(CHECK))) {
                deleteTree(home.resolve(CHECK));
            }
        } catch (IOException e) {
            throw StorageFailure.explain(e, home);
        }
    }

    private static Path rollForward(Path home, String asideName) throws IOException {
        Path check = home.resolve(CHECK);
        Path aside = asideName.isEmpty() ? home : home.resolve(asideName);
        Files.createDirectories(aside);
        for (String name : List.of(RegisterDatabase.FILE, KeyFile.NAME)) {
            Path restored = check.resolve(name);
            if (!Files.exists(restored)) {
                continue; // moved in before the interruption
            }
            Path current = home.resolve(name);
            if (!aside.equals(home) && Files.exists(current) && !Files.exists(aside.resolve(name))) {
                Files.move(current, aside.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(restored, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(home.resolve(MARKER));
        deleteTree(check);
        return aside;
    }

    private static DatabaseKey unlock(KeyFile keys, String user, char[] secret) {
        if (user == null) {
            return H2RegisterStore.unwrapRecovery(keys, new String(secret));
        }
        KeyFile.UserKey entry = keys.user(user)
                .filter(u -> UserRole.ADMINISTRATOR.code().equals(u.role()))
                .orElseThrow(() -> new RegistryException("storage.error.backupNotAdmin", user));
        return DatabaseKey.unwrap(entry, secret);
    }

    private void verifyOpens(Path check, DatabaseKey key, String user, Path backup) {
        RegisterDatabase db = new RegisterDatabase(check, key, migrationLocations, clock);
        try (H2Register register = new H2Register(check, key, db.connect(true),
                new SignedInUser(user == null ? KeyFile.RECOVERY : user, UserRole.ADMINISTRATOR), clock, () -> {
                })) {
            ChainVerification changes = register.transactions().read(() -> register.changes().verify());
            ChainVerification audit = register.transactions().read(() -> register.audit().verify());
            if (!changes.intact() || !audit.intact()) {
                throw new RegistryException("storage.error.backupBroken", backup.toString());
            }
        } catch (SQLException e) {
            throw new RegistryException(e, "storage.error.notABackup", backup.toString());
        }
    }

    /** Takes exactly the two entries a backup has, refusing anything else (no paths, no other names, no bombs). */
    private static void unpack(Path backup, Path check) throws IOException {
        boolean db = false;
        boolean keys = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (!(name.equals(DB_ENTRY) && !db) && !(name.equals(KeyFile.NAME) && !keys)) {
                    throw notABackup(backup);
                }
                try (OutputStream out = Files.newOutputStream(check.resolve(name))) {
                    copyLimited(in, out, backup);
                }
                db |= name.equals(DB_ENTRY);
                keys |= name.equals(KeyFile.NAME);
            }
        } catch (java.util.zip.ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid UTF-8 (found by BackupFuzzTest)
            throw new RegistryException(e, "storage.error.notABackup", backup.toString());
        }
        if (!db || !keys) {
            throw notABackup(backup);
        }
    }

    private static void copyLimited(InputStream in, OutputStream out, Path backup) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > LARGEST_ENTRY) {
                throw notABackup(backup);
            }
            out.write(buffer, 0, n);
        }
    }

    private static RegistryException notABackup(Path backup) {
        return new RegistryException("storage.error.notABackup", backup.toString());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over part file is hidden and harmless; the next backup uses another name
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(RegisterBackups::deleteQuietly);
        } catch (IOException ignored) {
            // best effort: the check folder is hidden and re-made next time
        }
    }
}
