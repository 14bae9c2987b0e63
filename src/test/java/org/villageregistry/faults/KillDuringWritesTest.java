package org.villageregistry.faults;

import java.time.LocalDate;

import org.villageregistry.domain.person.MaritalStatus;

import org.villageregistry.domain.person.HukouType;

import org.villageregistry.domain.person.Ethnicity;

import org.villageregistry.domain.person.Sex;

import org.villageregistry.domain.person.Person;

import org.villageregistry.service.PersonService;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.AuditService;
import org.villageregistry.service.WorkstationService;
import org.villageregistry.service.access.BackupService;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * {@code kill -9} at a random moment while the register is written in bulk (a ledger import of
 * {@value FaultChild#LEDGER_ROWS} rows in one transaction, then single saves of households, persons and marriages)
 * and while it is backed up (to a stick folder and automatically), round after round ({@code -Dvreg.crash.rounds},
 * 20 by default, 200 with {@code -Pfaults}). After every kill the register opens with the password, the change
 * chain and the audit log verify (what {@code vreg audit verify} runs), the write in flight is all there or not at
 * all, every household has its people, every change has its record, and every {@code .vrbak} under its final name
 * restores.
 */
class KillDuringWritesTest {
    private static final int ROUNDS = Integer.getInteger("vreg.crash.rounds", 20);
    /** A recovery code was written but the child was killed before it could print it. */
    private static final String UNKNOWN = "?";

    @TempDir
    Path temp;
    Path home;
    Path stick;
    final H2RegisterStore store = TestStores.quick(Clock.systemDefaultZone());
    final Random random = new Random(2026);
    /** Closes that came out smaller (the child says {@code compacted}), over the rounds of a test. */
    int compactions;

    @BeforeEach
    void village() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        home = temp.resolve("柳树村");
        stick = Files.createDirectories(temp.resolve("U盘"));
        new WorkstationService(store).init(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), FaultChild.USER, FaultChild.PASSWORD.toCharArray()).close();
    }

    @Test
    void killingABulkLedgerImportOrASingleSaveLeavesItWholeOrAbsent() throws Exception {
        int ledgersCut = 0;
        int ledgersFinished = 0;
        long personsBefore = 0;
        long changesChecked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            InFlight last = killAtRandom("writes", 50 + random.nextInt(800));
            try (Register register = open()) {
                checkOpensAndVerifies(register, round);
                long persons = register.transactions().read(() -> register.persons().count());
                if (last.before() < 0) {
                    assertThat(persons).as("round %d: killed before writing, nothing changed", round)
                            .isEqualTo(personsBefore);
                } else if (last.finished()) {
                    assertThat(persons).as("round %d: the finished write %s is all there", round, last)
                            .isEqualTo(last.before() + last.added());
                } else {
                    assertThat(persons).as("round %d: the write cut by the kill, %s, is all there or none of it",
                            round, last).isIn(last.before(), last.before() + last.added());
                }
                if (last.added() == FaultChild.LEDGER_ROWS) {
                    ledgersCut += last.finished() ? 0 : 1;
                    ledgersFinished += last.finished() ? 1 : 0;
                }
                changesChecked = checkNoHalfRecords(register, round, changesChecked);
                personsBefore = persons;
            }
        }
        assertThat(ledgersCut + ledgersFinished).as("some kills fell on a ledger import").isPositive();
    }

    @Test
    void killingTheCompactionOfAClosingRegisterLeavesItWholeAndOpening() throws Exception {
        long personsBefore = 0;
        long changesChecked = 0;
        compactions = 0;
        for (int round = 0; round < ROUNDS; round++) {
            InFlight last = killAtRandom("closes", 300 + random.nextInt(2_500));
            try (Register register = open()) {
                checkOpensAndVerifies(register, round);
                long persons = register.transactions().read(() -> register.persons().count());
                if (last.before() < 0) {
                    assertThat(persons).as("round %d: nothing changed", round).isEqualTo(personsBefore);
                } else if (last.finished()) {
                    assertThat(persons).as("round %d: the finished write or close %s", round, last)
                            .isEqualTo(last.before() + last.added());
                } else {
                    assertThat(persons).as("round %d: the write or close cut by the kill, %s", round, last)
                            .isIn(last.before(), last.before() + last.added());
                }
                changesChecked = checkNoHalfRecords(register, round, changesChecked);
                personsBefore = persons;
            }
        }
        assertThat(compactions).as("closes compacted the file in some rounds").isPositive();
    }

    /**
     * Every close compacts (decision 0020): a copy of the closed file is compacted, checked and renamed over it. A
     * kill at any moment of it leaves the old file or the new one: the register opens with its password, both
     * chains verify, nothing saved is lost, the copy a kill left holds no readable name and the next sign-in
     * removes it.
     */
    @Test
    void killingTheCompactionOfAClosedRegisterLeavesTheOldOrTheNewFileWhole() throws Exception {
        long personsBefore = 0;
        long changesChecked = 0;
        int cutWhileClosing = 0;
        int copiesLeft = 0;
        compactions = 0;
        Path copy = home.resolve(".compacting").resolve("register.mv.db");
        for (int round = 0; round < ROUNDS; round++) {
            InFlight last = killAtRandom("compacts", 200 + random.nextInt(2_800));
            byte[] leftOver = Files.exists(copy) ? Files.readAllBytes(copy) : null;
            copiesLeft += leftOver == null ? 0 : 1;
            try (Register register = open()) {
                checkOpensAndVerifies(register, round);
                long persons = register.transactions().read(() -> register.persons().count());
                if (last.before() < 0) {
                    assertThat(persons).as("round %d: nothing changed", round).isEqualTo(personsBefore);
                } else if (last.finished()) {
                    assertThat(persons).as("round %d: the finished write or close %s", round, last)
                            .isEqualTo(last.before() + last.added());
                } else {
                    assertThat(persons).as("round %d: the write or close cut by the kill, %s", round, last)
                            .isIn(last.before(), last.before() + last.added());
                }
                cutWhileClosing += !last.finished() && last.added() == 0 ? 1 : 0;
                changesChecked = checkNoHalfRecords(register, round, changesChecked);
                personsBefore = persons;
                for (byte[] file : leftOver == null ? List.of(Files.readAllBytes(home.resolve("register.mv.db")))
                        : List.of(leftOver, Files.readAllBytes(home.resolve("register.mv.db")))) {
                    assertNoNameReadable(register, file, round);
                }
            }
            assertThat(home.resolve(".compacting")).as("round %d: the sign-in removed the copy", round)
                    .doesNotExist();
        }
        assertThat(compactions).as("closes compacted the file").isPositive();
        assertThat(cutWhileClosing).as("kills fell on a compacting close (copies left: %d)", copiesLeft)
                .isPositive();
    }

    /** The bytes hold none of the register's last names nor its schema in readable form. */
    private static void assertNoNameReadable(Register register, byte[] file, int round) {
        String raw = new String(file, StandardCharsets.UTF_8);
        assertThat(raw).as("round %d: no schema readable", round).doesNotContain("CREATE TABLE");
        register.transactions().read(() -> {
            for (Person p : register.persons().page(0, 20)) {
                assertThat(raw).as("round %d: no name readable", round).doesNotContain(p.name());
            }
            return null;
        });
    }

    @Test
    void killingABackupLeavesOnlyCompleteBackupsUnderTheirNames() throws Exception {
        Set<Path> checked = new HashSet<>();
        int backupsChecked = 0;
        for (int round = 0; round < ROUNDS; round++) {
            killAtRandom("backups", 50 + random.nextInt(2_500)); // long enough for a compacted backup
            try (Register register = open()) {
                checkOpensAndVerifies(register, round);
                checkNoHalfRecords(register, round, 0);
            }
            assertThat(home.resolve(".compacting-backup")).as("round %d: the sign-in removed a backup's copy", round)
                    .doesNotExist();
            Path auto = home.resolve("backups").resolve("auto");
            for (Path folder : List.of(stick, auto)) {
                for (Path file : files(folder)) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    assertThat(name).as("round %d: only backups lie under a final name", round)
                            .endsWith(BackupService.SUFFIX);
                    if (checked.add(file)) {
                        assertRestores(file, round);
                        backupsChecked++;
                    }
                }
                assertThat(files(folder).stream().filter(f -> f.getFileName().toString().startsWith(".")))
                        .as("round %d: part files of earlier crashes are cleaned by the next backup", round)
                        .hasSizeLessThanOrEqualTo(2);
            }
            assertThat(files(auto).stream().filter(f -> f.getFileName().toString().endsWith(BackupService.SUFFIX)))
                    .as("round %d: the automatic backups rotate (one a day kept; one more when a kill cut the rotation short)", round)
                    .hasSizeLessThanOrEqualTo(2);
            for (Path file : files(stick)) {
                Files.deleteIfExists(file); // checked: the next round looks only at what it wrote
            }
        }
        assertThat(backupsChecked).as("backups were written and checked").isPositive();
    }

    @Test
    void killingARestoreLeavesTheOldOrTheRestoredRegisterNeverNone() throws Exception {
        long[] counts = new long[2];
        try (Register register = open()) {
            PersonService persons = new PersonService(register, Clock.systemDefaultZone());
            for (int b = 0; b < 2; b++) {
                for (int i = 0; i < 3 + b * 4; i++) {
                    persons.register(Person.builder().name("王" + "一二三四五六七八九十".charAt(i) + (b == 0 ? "甲" : "乙"))
                            .sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1 + i)).ethnicity(Ethnicity.HAN)
                            .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED).build());
                }
                counts[b] = register.transactions().read(() -> register.persons().count());
                new BackupService(store).backup(register, stick);
                Thread.sleep(5); // the second backup gets a later name, so the child restores them in turn
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            killAtRandom("restores", 100 + random.nextInt(2_000));
            try (Register register = open()) {
                checkOpensAndVerifies(register, round);
                long persons = register.transactions().read(() -> register.persons().count());
                assertThat(persons).as("round %d: the register is one of the two backups", round)
                        .isIn(counts[0], counts[1]);
            }
            assertThat(home.resolve(".restore-pending")).as("round %d: an interrupted restore was finished", round)
                    .doesNotExist();
            assertThat(home.resolve(".restore-check")).doesNotExist();
        }
    }

    /**
     * {@code keys.json} holds every user's wrapped database key and is rewritten on every failed sign-in: a kill
     * while it is written must leave the old file or the new one, whole. After each kill the administrator opens
     * the register, the registrar opens it with the password she had before the write in flight or after it (never
     * locked out, never with a half-changed entry), and the recovery entry unwraps with the last code written.
     */
    @Test
    void killingAKeyFileRewriteLeavesTheOldOrTheNewKeysAndTheRegisterOpens() throws Exception {
        try (Register admin = open()) {
            store.addUser(admin, FaultChild.CLERK, UserRole.REGISTRAR, FaultChild.CLERK_PASSWORDS[0].toCharArray());
        }
        int password = 0;
        String code = null;
        int passwordChangesCut = 0;
        for (int round = 0; round < ROUNDS; round++) {
            InFlight last = killAtRandom("keys", 50 + random.nextInt(1_500));
            try (Register register = open()) {
                checkOpensAndVerifies(register, round);
            }
            assertThat(home.resolve("keys.json")).as("round %d", round).exists();
            String[] op = last.op() == null ? new String[] {"none", String.valueOf(password)} : last.op().split(" ");
            List<Integer> candidates = op[0].equals("password") && !last.finished()
                    ? List.of(Integer.parseInt(op[1]), Integer.parseInt(op[2]))
                    : List.of(Integer.parseInt(op[op.length - 1]));
            passwordChangesCut += candidates.size() - 1;
            password = registrarSignsIn(candidates, round);
            if (!last.said().isEmpty()) {
                code = last.said().get(last.said().size() - 1).substring("recovery ".length());
            }
            if (op[0].equals("recovery") && !last.finished()) {
                boolean kept = store.hasRecoveryKey(home);
                assertThat(kept || code == null).as("round %d: a recovery entry is never lost", round).isTrue();
                code = kept ? UNKNOWN : null; // the kill may have fallen after a write it did not print
            } else {
                assertThat(store.hasRecoveryKey(home)).as("round %d: the recovery entry is kept", round)
                        .isEqualTo(code != null);
            }
            if (code != null && !code.equals(UNKNOWN)) {
                store.recover(home, code, FaultChild.USER, FaultChild.PASSWORD.toCharArray());
            }
        }
        assertThat(passwordChangesCut).as("some kills fell on a password change").isPositive();
    }

    /** Signs the registrar in with the first of the passwords that works; returns its index. */
    private int registrarSignsIn(List<Integer> candidates, int round) {
        RegistryException refused = null;
        for (int candidate : candidates) {
            try (Register register = store.open(home, FaultChild.CLERK,
                    FaultChild.CLERK_PASSWORDS[candidate].toCharArray())) {
                return candidate;
            } catch (RegistryException e) {
                refused = e;
            }
        }
        throw new AssertionError("round " + round + ": the registrar signs in with none of " + candidates, refused);
    }

    /** Starts the child, lets it work for {@code millis} after it opened the register, kills it. */
    private InFlight killAtRandom(String mode, int millis) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                FaultChild.class.getName(), home.toString(), mode, stick.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String first = lines.readLine();
        if (!"ready".equals(first)) {
            StringBuilder output = new StringBuilder(String.valueOf(first));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append('\n').append(line);
            }
            Path evidence = Path.of(System.getProperty("java.io.tmpdir"), "vreg-fault-evidence-" + System.nanoTime());
            copyTree(home, evidence);
            throw new AssertionError("the child did not open the register (its folder is kept in " + evidence
                    + "):\n" + output);
        }
        Thread.sleep(millis);
        child.toHandle().destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        InFlight last = new InFlight(null, true, List.of());
        List<String> rest = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            rest.add(line);
        }
        List<String> said = new ArrayList<>();
        for (String line : rest) {
            if (line.startsWith("op ")) {
                last = new InFlight(line.substring(3), false, said);
            } else if (line.equals("ok")) {
                last = new InFlight(last.op(), true, said);
            } else if (line.startsWith("recovery ")) {
                said.add(line);
            } else if (line.equals("compacted")) {
                compactions++;
            } else {
                throw new AssertionError("the child failed before it was killed: " + String.join("\n", rest));
            }
        }
        return last;
    }

    private Register open() {
        return store.open(home, FaultChild.USER, FaultChild.PASSWORD.toCharArray());
    }

    private static void checkOpensAndVerifies(Register register, int round) {
        AuditService audit = new AuditService(register);
        assertThat(audit.verifyChain().intact()).as("round %d: the change chain verifies", round).isTrue();
        assertThat(audit.verifyAuditLog().intact()).as("round %d: the audit log verifies", round).isTrue();
    }

    /**
     * Every household has its head and members; every change after {@code checkedUpTo} (earlier ones were checked
     * in an earlier round) has its record. Returns the last change checked.
     */
    private static long checkNoHalfRecords(Register register, int round, long checkedUpTo) {
        return register.transactions().read(() -> {
            for (Household h : register.households().page(0, Integer.MAX_VALUE)) {
                assertThat(register.persons().members(h.id())).as("round %d: household %s has its people", round,
                        h.number()).isNotEmpty();
                assertThat(h.headId()).isNotNull();
                assertThat(register.persons().find(h.headId())).as("round %d: the head of %s exists", round,
                        h.number()).isPresent();
            }
            long after = checkedUpTo;
            for (List<Change> page = register.changes().after(after, 5_000); !page.isEmpty();
                 page = register.changes().after(after, 5_000)) {
                for (Change c : page) {
                    boolean exists = switch (c.entityType()) {
                        case PERSON -> register.persons().find(c.entityId()).isPresent();
                        case HOUSEHOLD -> register.households().find(c.entityId()).isPresent();
                        case MARRIAGE -> register.marriages().find(c.entityId()).isPresent();
                        default -> false;
                    };
                    assertThat(exists).as("round %d: change %d has its %s record", round, c.changeId(),
                            c.entityType()).isTrue();
                }
                after = page.get(page.size() - 1).changeId();
            }
            return after;
        });
    }

    private void assertRestores(Path backup, int round) throws IOException {
        Path scratch = Files.createDirectories(temp.resolve("restore-check"));
        try {
            new BackupService(store).restore(scratch, backup, FaultChild.USER, FaultChild.PASSWORD.toCharArray());
            try (Register restored = store.open(scratch, FaultChild.USER, FaultChild.PASSWORD.toCharArray())) {
                checkOpensAndVerifies(restored, round);
            }
        } finally {
            try (Stream<Path> all = Files.walk(scratch)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The last write the child announced ({@code null}: none), whether it finished, and what else it said. For
     * writes of persons the announcement is {@code <persons before> <persons added>}.
     */
    private record InFlight(String op, boolean finished, List<String> said) {
        long before() {
            return op == null ? -1 : Long.parseLong(op.split(" ")[0]);
        }

        int added() {
            return op == null ? 0 : Integer.parseInt(op.split(" ")[1]);
        }
    }
}
