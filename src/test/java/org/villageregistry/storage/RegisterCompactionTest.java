package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;

/**
 * Closing a register of many small commits compacts it into a new file that replaces it (decision 0020): the
 * file falls to less than half, every record and both chains are there, no file in the folder (the temporary
 * copy included) holds a readable name, and a compaction that cannot be done or does not check out leaves the
 * register byte for byte as it was.
 */
class RegisterCompactionTest {
    private static final String NAME = "赵秀";

    @TempDir
    Path home;

    @Test
    void closingAFileOfManySmallCommitsReplacesItWithACompactedCopyHalfItsSize() throws Exception {
        List<UUID> ids = new ArrayList<>();
        long open;
        H2Register register = (H2Register) RegisterFixture.create(home);
        try (register) {
            ids.addAll(manySmallCommits(register));
            open = Files.size(RegisterDatabase.file(home));
        }
        long closed = Files.size(RegisterDatabase.file(home));

        assertThat(register.compacted()).as("the default criterion compacts this file").isPresent();
        assertThat(closed).as("closed %d bytes, open %d", closed, open).isLessThanOrEqualTo(open / 2);
        assertThat(home.resolve(RegisterCompaction.FOLDER)).doesNotExist();
        try (Register again = RegisterFixture.open(home)) {
            assertThat(again.persons().count()).isEqualTo(3_000);
            assertThat(again.persons().get(ids.get(2_999)).name()).startsWith(NAME);
            assertThat(again.changes().verify().intact()).isTrue();
            assertThat(again.audit().verify().intact()).isTrue();
        }
        assertNoPlaintextIn(home);
    }

    @Test
    void theTemporaryCopyHoldsNoReadableNameEither() throws Exception {
        H2Register register = (H2Register) RegisterFixture.store().compacting(RegisterCompaction.Criterion.NEVER)
                .create(home, RegisterFixture.village(), RegisterFixture.USER, RegisterFixture.PASSWORD.clone());
        manySmallCommits(register);
        RegisterCompaction.Plan plan;
        try (Connection c = RegisterFixture.rawConnection(home)) {
            plan = new RegisterCompaction.Plan(0, RegisterCompaction.rowCounts(c));
        }
        register.close();
        List<Path> seen = new ArrayList<>();

        var done = RegisterCompaction.run(home, register.key(), RegisterFixture.CLOCK, plan, () -> {
            try {
                seen.addAll(assertNoPlaintextIn(home));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(done).isPresent();
        assertThat(seen).as("the copy was checked at its fullest, just before the rename")
                .contains(home.resolve(RegisterCompaction.FOLDER).resolve(RegisterDatabase.FILE));
        assertNoPlaintextIn(home);
    }

    @Test
    void aBackupOfAFileOfManySmallCommitsTakesACompactedCopyThatRestores(@TempDir Path stick,
                                                                         @TempDir Path restored) throws Exception {
        long open;
        Path backup;
        try (Register register = RegisterFixture.create(home)) {
            manySmallCommits(register);
            open = Files.size(RegisterDatabase.file(home));
            backup = RegisterFixture.store().backup(register, stick);
            assertThat(home.resolve(RegisterCompaction.BACKUP_FOLDER)).doesNotExist();
        }

        assertThat(Files.size(backup)).as("backup %d bytes, open file %d", Files.size(backup), open)
                .isLessThanOrEqualTo(open / 2);
        assertNoPlaintextIn(stick);
        RegisterFixture.store().restore(restored, backup, RegisterFixture.USER, RegisterFixture.PASSWORD.clone());
        try (Register again = RegisterFixture.open(restored)) {
            assertThat(again.persons().count()).isEqualTo(3_000);
            assertThat(again.changes().verify().intact()).isTrue();
            assertThat(again.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aCopyThatDoesNotHoldWhatTheRegisterHeldIsThrownAwayAndTheRegisterKept() throws Exception {
        H2Register register = (H2Register) RegisterFixture.store().compacting(RegisterCompaction.Criterion.NEVER)
                .create(home, RegisterFixture.village(), RegisterFixture.USER, RegisterFixture.PASSWORD.clone());
        manySmallCommits(register);
        register.close();
        String before = digest(RegisterDatabase.file(home));

        var done = RegisterCompaction.run(home, register.key(), RegisterFixture.CLOCK,
                new RegisterCompaction.Plan(0, Map.of("PERSON", 2_999L)));

        assertThat(done).isEmpty();
        assertThat(digest(RegisterDatabase.file(home))).isEqualTo(before);
        assertThat(home.resolve(RegisterCompaction.FOLDER)).doesNotExist();
    }

    @Test
    void aRegisterStillOpenElsewhereIsNotCompacted() throws Exception {
        H2Register register = (H2Register) RegisterFixture.store().compacting(RegisterCompaction.Criterion.ALWAYS)
                .create(home, RegisterFixture.village(), RegisterFixture.USER, RegisterFixture.PASSWORD.clone());
        manySmallCommits(register);
        try (Connection other = RegisterFixture.rawConnection(home)) {
            register.close();
            assertThat(register.compacted()).as("H2 still holds the file's lock").isEmpty();
            assertThat(other.createStatement().executeQuery("SELECT COUNT(*) FROM person").next()).isTrue();
        }
        assertThat(home.resolve(RegisterCompaction.FOLDER)).doesNotExist();
        try (Register again = RegisterFixture.open(home)) {
            assertThat(again.persons().count()).isEqualTo(3_000);
        }
    }

    @Test
    void neverWhileAnotherProgramHasTheRegisterOpenAndNoProgramOpensItWhileItIsCompacted() throws Exception {
        RegisterFixture.create(home).close();
        DatabaseKey key = DatabaseKey.unwrap(KeyFile.read(home).orElseThrow().user(RegisterFixture.USER)
                .orElseThrow(), RegisterFixture.PASSWORD.clone());
        Process holder = otherProgram();
        try {
            assertThat(holder.inputReader(StandardCharsets.UTF_8).readLine()).isEqualTo("open");
            assertThat(RegisterCompaction.run(home, key, RegisterFixture.CLOCK,
                    new RegisterCompaction.Plan(0, Map.of()))).as("H2's lock in the other program").isEmpty();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(home.resolve(RegisterCompaction.FOLDER)).doesNotExist();

        try (var live = java.nio.channels.FileChannel.open(RegisterDatabase.file(home),
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
             var lock = live.tryLock()) {
            assertThat(lock).as("the lock a compaction takes").isNotNull();
            Process opener = otherProgram();
            opener.getOutputStream().close();
            String said = new String(opener.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(opener.waitFor()).as("the other program could not open it: %s", said).isNotZero();
            assertThat(said).doesNotContain("open\n").contains("台账已在另一个程序中打开");
        }
    }

    private Process otherProgram() throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldRegisterOpen.class.getName(), home.toString())
                .redirectErrorStream(true).start();
    }

    @Test
    void aCopyLeftByACompactionCutShortIsRemovedByTheNextSignIn() throws Exception {
        RegisterFixture.create(home).close();
        Path leftOver = Files.createDirectories(home.resolve(RegisterCompaction.FOLDER)).resolve(RegisterDatabase.FILE);
        Files.write(leftOver, new byte[4096]);

        try (Register again = RegisterFixture.open(home)) {
            assertThat(again.persons().count()).isZero();
        }
        assertThat(home.resolve(RegisterCompaction.FOLDER)).doesNotExist();
    }

    @Test
    void aSmallFileWithLittleDeadSpaceIsNotWorthIt() {
        RegisterCompaction.Criterion c = RegisterCompaction.Criterion.DEFAULT;
        assertThat(c.worthIt(200_000, 60, 100_000)).as("less than a MiB dead").isFalse();
        assertThat(c.worthIt(10_000_000, 90, 1_000_000)).as("nine tenths full, little written").isFalse();
        assertThat(c.worthIt(10_000_000, 50, 0)).as("half of 10 MB dead").isTrue();
        assertThat(c.worthIt(10_000_000, 95, 6_000_000)).as("a load wrote more than half the file").isTrue();
    }

    /** 60 commits of 50 persons: each commit leaves old chunks behind. */
    private static List<UUID> manySmallCommits(Register register) {
        List<UUID> ids = new ArrayList<>();
        for (int commit = 0; commit < 60; commit++) {
            int c = commit;
            register.transactions().write(() -> {
                for (int i = 0; i < 50; i++) {
                    ids.add(register.persons().save(RegisterFixture.person(NAME + "一二三四五六七八九十"
                            .charAt(i % 10), Sex.FEMALE, LocalDate.of(1950 + (c + i) % 50, 1, 1)).build()).id());
                }
                return null;
            });
        }
        return ids;
    }

    /** No file under {@code folder} holds the name or the schema readable; returns the files looked at. */
    private static List<Path> assertNoPlaintextIn(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertThat(raw).as("%s", f).doesNotContain(NAME).doesNotContain("CREATE TABLE");
        }
        return files;
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
