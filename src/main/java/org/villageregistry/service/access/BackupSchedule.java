package org.villageregistry.service.access;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep: the newest of each of the last {@value #DAYS} days, of each of the last
 * {@value #WEEKS} weeks (Monday to Sunday) and of each of the last {@value #MONTHS} months, and always the newest
 * of all; then, while the kept backups together are larger than {@value #SIZE_FACTOR} times the newest one (a
 * backup is the encrypted register, which does not compress), the oldest kept goes first. A registrar who closes
 * the program ten times a day keeps a few files, not a few gigabytes, and can still go back a day, a week or months.
 */
public final class BackupSchedule {
    public static final int DAYS = 3;
    public static final int WEEKS = 4;
    public static final int MONTHS = 6;
    public static final int SIZE_FACTOR = 3;

    /** One backup file: when it was written and how many bytes it holds. */
    public record Backup<F>(F file, Instant written, long bytes) {
    }

    private BackupSchedule() {
    }

    /** The backups to keep, newest first; every other one may be deleted. */
    public static <F> List<Backup<F>> keep(List<Backup<F>> backups, Instant now, ZoneId zone) {
        List<Backup<F>> newestFirst = backups.stream()
                .sorted(Comparator.comparing((Backup<F> b) -> b.written()).reversed()).toList();
        if (newestFirst.isEmpty()) {
            return List.of();
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        Set<Backup<F>> kept = new LinkedHashSet<>();
        kept.add(newestFirst.get(0));
        newestOfEach(newestFirst, zone, day -> day, today.minusDays(DAYS - 1L), kept);
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        newestOfEach(newestFirst, zone, day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                thisMonday.minusWeeks(WEEKS - 1L), kept);
        newestOfEach(newestFirst, zone, day -> YearMonth.from(day).atDay(1),
                YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1), kept);
        List<Backup<F>> result = new ArrayList<>(kept);
        result.sort(Comparator.comparing((Backup<F> b) -> b.written()).reversed());
        long limit = SIZE_FACTOR * result.get(0).bytes();
        long total = result.stream().mapToLong(Backup::bytes).sum();
        while (result.size() > 1 && total > limit) {
            total -= result.remove(result.size() - 1).bytes();
        }
        return List.copyOf(result);
    }

    /** Adds the newest backup of each period (named by its first day) that starts on or after {@code first}. */
    private static <F> void newestOfEach(List<Backup<F>> newestFirst, ZoneId zone,
            Function<LocalDate, LocalDate> periodOf, LocalDate first, Set<Backup<F>> kept) {
        Set<LocalDate> seen = new LinkedHashSet<>();
        for (Backup<F> b : newestFirst) {
            LocalDate period = periodOf.apply(b.written().atZone(zone).toLocalDate());
            if (!period.isBefore(first) && seen.add(period)) {
                kept.add(b);
            }
        }
    }
}
