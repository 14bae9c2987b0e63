package org.villageregistry.service.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.villageregistry.service.access.BackupSchedule;

/**
 * What the automatic backups of a register take after a year of daily exits: {@link BackupSchedule} run after each
 * of 365 backups as large as the register (a backup is the encrypted file, which does not compress).
 */
public final class BackupBench {
    private static final Instant START = Instant.parse("2026-01-01T17:30:00Z");
    private static final int DAYS = 365;

    private BackupBench() {
    }

    /** The backups kept at the end of the year, in all: bytes. */
    public static long keptBytes(long registerBytes) {
        return kept(registerBytes).stream().mapToLong(BackupSchedule.Backup::bytes).sum();
    }

    public static double timesRegister(long registerBytes) {
        return keptBytes(registerBytes) / (double) Math.max(1, registerBytes);
    }

    public static String note(long registerBytes) {
        return String.format(Locale.ROOT, "%d backups kept, %.1f MB", kept(registerBytes).size(),
                keptBytes(registerBytes) / 1e6);
    }

    private static List<BackupSchedule.Backup<Integer>> kept(long registerBytes) {
        List<BackupSchedule.Backup<Integer>> backups = new ArrayList<>();
        Instant now = START;
        for (int day = 0; day < DAYS; day++) {
            now = START.plus(Duration.ofDays(day));
            backups.add(new BackupSchedule.Backup<>(day, now, registerBytes));
            backups = new ArrayList<>(BackupSchedule.keep(backups, now, ZoneOffset.UTC));
        }
        return backups;
    }
}
