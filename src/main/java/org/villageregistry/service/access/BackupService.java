package org.villageregistry.service.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.RegisterKeys;
import org.villageregistry.domain.repository.RegisterStore;
import org.villageregistry.service.files.WriteFailure;
import org.villageregistry.domain.text.RegistryException;

/**
 * Encrypted backups ({@code .vrbak}): on request to any folder (a USB stick), automatically into the workstation's
 * {@code backups/auto} kept by the {@link BackupSchedule} (days, weeks, months, at most about three times the
 * register), and restoring one after checking it opens.
 */
public final class BackupService {
    public static final String SUFFIX = ".vrbak";
    private static final Pattern STAMP = Pattern.compile("(\\d{8}-\\d{6}-\\d{3})\\" + SUFFIX + "$");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
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
     * folder only encrypted). Keeps in {@code backups/auto} what the {@link BackupSchedule} keeps.
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
        } catch (RegistryException e) {
            // a backup opens with the password of the day it was made, not today's: say so instead of "wrong"
            if (e.key().startsWith("storage.error.wrongPassword")) {
                throw new RegistryException("service.backup.wrongSecret", backup.getFileName());
            }
            throw e;
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

    /** How many automatic backups the workstation keeps and how many bytes they take, for Settings. */
    public record Usage(int count, long bytes) {
    }

    /** The automatic backups of a workstation folder as they are now. */
    public Usage automaticUsage(Path home) {
        List<BackupSchedule.Backup<Path>> backups = automaticBackups(home.resolve("backups").resolve("auto"));
        return new Usage(backups.size(), backups.stream().mapToLong(BackupSchedule.Backup::bytes).sum());
    }

    /** Deletes the automatic backups the schedule does not keep (the newest, just written, always stays). */
    static void rotate(Path folder) {
        List<BackupSchedule.Backup<Path>> backups = automaticBackups(folder);
        if (backups.isEmpty()) {
            return;
        }
        Instant newest = backups.stream().map(BackupSchedule.Backup::written).max(Instant::compareTo).orElseThrow();
        Set<Path> kept = BackupSchedule.keep(backups, newest, ZoneId.systemDefault()).stream()
                .map(BackupSchedule.Backup::file).collect(Collectors.toSet());
        for (BackupSchedule.Backup<Path> b : backups) {
            if (!kept.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException e) {
                    LOG.warn("Could not remove an old automatic backup: {}", e.getMessage());
                }
            }
        }
    }

    private static List<BackupSchedule.Backup<Path>> automaticBackups(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<BackupSchedule.Backup<Path>> backups = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                backups.add(new BackupSchedule.Backup<>(f, written(f), Files.size(f)));
            }
            return backups;
        } catch (IOException e) {
            LOG.warn("Could not list the automatic backups: {}", e.getMessage());
            return List.of();
        }
    }

    /** The time in the name (register-…-20261205-183012-123.vrbak), else the file's modification time. */
    private static Instant written(Path file) throws IOException {
        Matcher m = STAMP.matcher(file.getFileName().toString());
        if (m.find()) {
            try {
                return LocalDateTime.parse(m.group(1), NAME_TIME).atZone(ZoneId.systemDefault()).toInstant();
            } catch (DateTimeParseException notATime) {
                // fall back to the file's own time
            }
        }
        return Files.getLastModifiedTime(file).toInstant();
    }
}
