package org.villageregistry.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.workstation.SignedInUser;

/**
 * Compacts a closed register without ever writing to its file: H2 keeps every chunk a commit replaces, so after a
 * load, an import or weeks of small edits the file is two to three times its content. The live file is only read,
 * under an exclusive lock (no other program can open it meanwhile); a copy in {@value #FOLDER} is compacted with
 * {@code SHUTDOWN COMPACT}, synced, opened again and checked (both hash chains verify, every table has the rows
 * the register had), synced, and renamed over the register in one atomic step. A kill at any moment leaves the
 * old file or the new, complete one, plus at most the temporary folder, which the next sign-in removes
 * ({@link #removeLeftOver}). A compaction that fails or does not check out leaves the register as it was.
 */
final class RegisterCompaction {
    static final String FOLDER = ".compacting";
    /** Where a backup's copy of the register is compacted before it is zipped ({@link #compactedForBackup}). */
    static final String BACKUP_FOLDER = ".compacting-backup";
    private static final Logger LOG = LoggerFactory.getLogger(RegisterCompaction.class);

    /**
     * When a close compacts: H2 counts at least {@code minDeadBytes} and a quarter of the file dead, or the session
     * wrote at least {@code minWrittenBytes} and half the file's size (H2's fill rates count pages inside chunks,
     * not the free space between them, so after many commits they can look full while the file is mostly free).
     */
    record Criterion(long minDeadBytes, int maxFillPercent, long minWrittenBytes) {
        static final Criterion DEFAULT = new Criterion(1L << 20, 75, 4L << 20);
        /** Every close compacts (for tests). */
        static final Criterion ALWAYS = new Criterion(0, 100, 0);
        /** No close compacts. */
        static final Criterion NEVER = new Criterion(Long.MAX_VALUE, -1, Long.MAX_VALUE);

        boolean worthIt(long fileSize, int fillPercent, long written) {
            long dead = fileSize * (100 - fillPercent) / 100;
            return dead >= minDeadBytes && fillPercent <= maxFillPercent
                    || written >= minWrittenBytes && written >= fileSize / 2;
        }
    }

    /** What the open register held, taken before it closed: the compacted copy must hold the same. */
    record Plan(long fileSize, Map<String, Long> rows) {
    }

    /** What a compaction did: the file's size before and after, and how long it took. */
    record Result(long before, long after, long millis) {
    }

    private RegisterCompaction() {
    }

    /**
     * Whether the register open on {@code c} is worth compacting when it closes; if so, what it holds. Reading
     * H2's figures never fails the close: a failure means no compaction.
     */
    static Optional<Plan> plan(Connection c, Criterion criterion) {
        if (criterion.equals(Criterion.NEVER)) {
            return Optional.empty();
        }
        try (Statement s = c.createStatement()) {
            long fileSize = 0;
            long written = 0;
            int fill = 100;
            try (ResultSet rs = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE',"
                    + " 'info.FILE_WRITE_BYTES')")) {
                while (rs.next()) {
                    long value = Long.parseLong(rs.getString(2).trim());
                    switch (rs.getString(1)) {
                        case "info.FILE_SIZE" -> fileSize = value;
                        case "info.FILE_WRITE_BYTES" -> written = value;
                        default -> fill = (int) Math.min(fill, value);
                    }
                }
            }
            if (!criterion.worthIt(fileSize, fill, written)) {
                return Optional.empty();
            }
            return Optional.of(new Plan(fileSize, rowCounts(c)));
        } catch (SQLException | NumberFormatException e) {
            LOG.warn("could not tell whether the register is worth compacting: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Compacts the closed register of {@code home} into a new file and swaps it in. Returns what it did, or empty
     * when it did not (another program has the register open, or the copy failed its checks): the register is
     * then exactly as it was.
     */
    static Optional<Result> run(Path home, DatabaseKey key, Clock clock, Plan plan) {
        return run(home, key, clock, plan, () -> { });
    }

    /** As {@link #run(Path, DatabaseKey, Clock, Plan)}; {@code beforeSwap} runs when the checked copy is synced. */
    static Optional<Result> run(Path home, DatabaseKey key, Clock clock, Plan plan, Runnable beforeSwap) {
        long started = System.nanoTime();
        Path file = RegisterDatabase.file(home);
        Path folder = home.resolve(FOLDER);
        Path copy = RegisterDatabase.file(folder);
        try (FileChannel live = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(live);
            if (lock == null) {
                LOG.info("the register is open elsewhere; not compacted");
                return Optional.empty();
            }
            try {
                long before = live.size();
                deleteTree(folder);
                Files.createDirectories(folder);
                copyInto(live, copy);
                if (!compactChecked(folder, key, clock, plan)) {
                    LOG.warn("the compacted copy did not hold what the register holds; the register is kept as it was");
                    return Optional.empty();
                }
                sync(copy);
                beforeSwap.run();
                swap(copy, file, lock);
                syncFolder(home);
                long after = Files.size(file);
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.info("compacted the closed register from {} to {} bytes in {} ms", before, after, millis);
                return Optional.of(new Result(before, after, millis));
            } finally {
                if (lock.isValid()) {
                    lock.release();
                }
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("compacting the closed register failed, it is kept as it was: {}", e.getClass().getSimpleName());
            return Optional.empty();
        } finally {
            deleteTree(folder);
        }
    }

    /**
     * The register's file as H2's {@code BACKUP} wrote it into {@code h2zip}, compacted and checked in
     * {@value #BACKUP_FOLDER} of {@code home}: the file a backup then zips instead. Empty when the copy failed or
     * did not check out (the backup then takes the file as it is). The caller removes the folder
     * ({@link #removeBackupCopy}).
     */
    static Optional<Path> compactedForBackup(Path h2zip, Path home, DatabaseKey key, Clock clock, Plan plan) {
        Path folder = home.resolve(BACKUP_FOLDER);
        Path copy = RegisterDatabase.file(folder);
        try {
            deleteTree(folder);
            Files.createDirectories(folder);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().endsWith(".mv.db")) {
                        Files.copy(in, copy);
                        break;
                    }
                }
            }
            if (Files.exists(copy) && compactChecked(folder, key, clock, plan)) {
                return Optional.of(copy);
            }
            LOG.warn("the compacted copy for a backup did not check out; the backup takes the file as it is");
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("compacting the copy for a backup failed, it takes the file as it is: {}",
                    e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    static void removeBackupCopy(Path home) {
        deleteTree(home.resolve(BACKUP_FOLDER));
    }

    /** Removes what a compaction cut short left (never the register: only the temporary copies). */
    static void removeLeftOver(Path home) {
        deleteTree(home.resolve(FOLDER));
        deleteTree(home.resolve(BACKUP_FOLDER));
    }

    /** Compacts the copy in {@code folder} and checks it holds what the plan says. */
    private static boolean compactChecked(Path folder, DatabaseKey key, Clock clock, Plan plan) throws SQLException {
        compact(folder, key, clock);
        return sameContent(folder, key, clock, plan);
    }

    /** The exclusive lock on the register's file, or null when a program (this one included) has it open. */
    private static FileLock tryLock(FileChannel live) throws IOException {
        try {
            return live.tryLock();
        } catch (OverlappingFileLockException inThisProgram) {
            return null;
        }
    }

    private static void copyInto(FileChannel live, Path copy) throws IOException {
        try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = live.size();
            for (long done = 0; done < size; ) {
                done += live.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }

    /** {@code SHUTDOWN COMPACT} on the copy: H2 rewrites its live pages at the start and truncates the rest. */
    private static void compact(Path folder, DatabaseKey key, Clock clock) throws SQLException {
        try (Connection c = new RegisterDatabase(folder, key, List.of(), clock).connect(true);
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
    }

    /** The copy opens with the key, both hash chains verify and every table has the rows of the plan. */
    private static boolean sameContent(Path folder, DatabaseKey key, Clock clock, Plan plan) throws SQLException {
        Connection c = new RegisterDatabase(folder, key, List.of(), clock).connect(true);
        try (H2Register copy = new H2Register(folder, key, c, new SignedInUser(KeyFile.RECOVERY,
                org.villageregistry.domain.workstation.UserRole.ADMINISTRATOR), clock, () -> { })) {
            ChainVerification changes = copy.transactions().read(() -> copy.changes().verify());
            ChainVerification audit = copy.transactions().read(() -> copy.audit().verify());
            Map<String, Long> rows = copy.transactions().read(() -> {
                try {
                    return rowCounts(c);
                } catch (SQLException e) {
                    throw StorageFailure.explain(e, folder);
                }
            });
            return changes.intact() && audit.intact() && rows.equals(plan.rows());
        }
    }

    /** Every table's exact row count, in name order. */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                rows.put(table, rs.getLong(1));
            }
        }
        return rows;
    }

    /**
     * Renames the checked copy over the register in one step. Where the system refuses to replace a file this
     * program holds locked (Windows), the lock is released first and the rename made at once.
     */
    private static void swap(Path copy, Path file, FileLock lock) throws IOException {
        try {
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException lockedHere) {
            lock.release();
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Makes the rename durable where the system can sync a folder (Linux, macOS); elsewhere it is by itself. */
    private static void syncFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisSystem) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the temporary copy of a compaction: {}", e.getClass().getSimpleName());
        }
    }
}
