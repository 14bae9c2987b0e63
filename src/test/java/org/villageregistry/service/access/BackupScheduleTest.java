package org.villageregistry.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The automatic backups kept: days, weeks and months worked out by hand, and the size cap. */
class BackupScheduleTest {
    private static final ZoneId ZONE = ZoneOffset.ofHours(8);

    private static Instant at(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
    }

    private static List<String> kept(List<BackupSchedule.Backup<String>> backups, String now) {
        return BackupSchedule.keep(backups, at(now), ZONE).stream().map(BackupSchedule.Backup::file).toList();
    }

    @Test
    void closingTheProgramTwiceADayForAYearKeepsThreeDaysFourWeeksAndSixMonths() {
        List<BackupSchedule.Backup<String>> backups = new ArrayList<>();
        LocalDateTime day = LocalDateTime.parse("2025-12-01T09:00");
        while (!day.isAfter(LocalDateTime.parse("2026-12-05T09:00"))) {
            for (String time : List.of("T12:00", "T17:30")) {
                String stamp = day.toLocalDate() + time;
                backups.add(new BackupSchedule.Backup<>(stamp, at(stamp), 1));
            }
            day = day.plusDays(1);
        }
        BackupSchedule.Backup<String> newest = backups.remove(backups.size() - 1);
        backups.add(new BackupSchedule.Backup<>(newest.file(), newest.written(), 100)); // the cap (300) decides nothing here
        // 2026-12-05 is a Saturday: its week began on Monday 2026-11-30.
        assertThat(kept(backups, "2026-12-05T17:31")).containsExactly(
                "2026-12-05T17:30",                     // newest: today, this week (from Monday 11-30), this month
                "2026-12-04T17:30", "2026-12-03T17:30", // the other two of the last three days
                "2026-11-30T17:30",                     // the last of November
                "2026-11-29T17:30", "2026-11-22T17:30", "2026-11-15T17:30", // Sundays ending the three weeks before
                "2026-10-31T17:30", "2026-09-30T17:30", "2026-08-31T17:30", "2026-07-31T17:30"); // months before
    }

    @Test
    void thePeriodsCountFromNowNotFromTheLastBackup() {
        List<BackupSchedule.Backup<String>> backups = List.of(
                new BackupSchedule.Backup<>("a", at("2026-01-10T10:00"), 10),
                new BackupSchedule.Backup<>("b", at("2026-01-11T10:00"), 10),
                new BackupSchedule.Backup<>("c", at("2026-03-02T10:00"), 10));
        // Months: 2026-03 (c) and 2026-01 (b, the newest of January); a is in no period of its own.
        assertThat(kept(backups, "2026-03-02T11:00")).containsExactly("c", "b");
    }

    @Test
    void theKeptBackupsTogetherStayWithinThreeTimesTheNewestOldestFirstToGo() {
        List<BackupSchedule.Backup<String>> backups = List.of(
                new BackupSchedule.Backup<>("today", at("2026-12-05T10:00"), 100),
                new BackupSchedule.Backup<>("yesterday", at("2026-12-04T10:00"), 100),
                new BackupSchedule.Backup<>("last week", at("2026-11-26T10:00"), 90),
                new BackupSchedule.Backup<>("last month", at("2026-10-20T10:00"), 80));
        assertThat(kept(backups, "2026-12-05T10:01")).containsExactly("today", "yesterday", "last week");
    }

    @Test
    void theNewestStaysEvenWhenItAloneIsLargerThanTheCap() {
        List<BackupSchedule.Backup<String>> one = List.of(new BackupSchedule.Backup<>("only", at("2026-12-05T10:00"), 5));
        assertThat(kept(one, "2026-12-05T10:00")).containsExactly("only");
        assertThat(BackupSchedule.keep(List.<BackupSchedule.Backup<String>>of(), at("2026-12-05T10:00"), ZONE)).isEmpty();
    }
}
