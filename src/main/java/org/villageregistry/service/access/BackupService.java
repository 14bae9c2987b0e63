package org.villageregistry.service.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterKeys;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.service.files.WriteFailure;

/**
 * Encrypted backups ({@code .vrbak}): on request to any folder (a USB stick), automatically into the workstation's
 * {@code backups/auto} keeping the last {@value #KEPT}, and restoring one after checking it opens.
 */
public final class BackupService {
    public static final int KEPT = 10;
    public static final String SUFFIX = ".vrbak";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final RegisterKeys keys;

    public BackupService(RegisterStore store) {
        if (!(store instanceof RegisterKeys k)) {
            throw new IllegalArgumentException("the store keeps no keys: " + store.getClass().getName());
        }
        this.keys = k;
    }

    /**
     * Writes a backup into a folder that exists (a stick pulled out is reported, not re-created on the laptop's
     * disk); administrators only. Returns the file. A backup cut short leaves only a hidden part file, removed by
     * the next backup into the folder.
     */
    public Path backup(Register register, Path folder) {
        Permissions.require(register, Permission.BACKUP);
        return write(register, folder);
    }

    /**
     * The backup taken when the desktop closes, whoever is signed in (no permission needed: it leaves the workstation
     * folder only encrypted). Keeps the newest {@value #KEPT} in {@code backups/auto}.
     */
    public Path automatic(Register register, Path home) {
        Path folder = home.resolve("backups").resolve("auto");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw WriteFailure.explain(e, folder);
        }
        Path file = write(register, folder);
        rotate(folder);
        return file;
    }

    /**
     * Restores a backup into a workstation folder whose register is not open, after checking it opens with an
     * administrator's password ({@code user} given) or the recovery key ({@code user} null). Returns the folder
     * where the replaced files were kept.
     */
    public Path restore(Path home, Path backup, String user, char[] secret) {
        try {
            return keys.restore(home, backup, user, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private Path write(Register register, Path folder) {
        Path file = keys.backup(register, folder);
        register.transactions().write(() ->
                register.audit().append(AuditAction.BACKUP_MADE, null, null, file.getFileName().toString()));
        return file;
    }

    /** Deletes all but the newest backups of the folder (names sort by time). */
    static void rotate(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> backups = files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
            for (Path old : backups.subList(0, Math.max(0, backups.size() - KEPT))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove old automatic backups: {}", e.getMessage());
        }
    }
}
