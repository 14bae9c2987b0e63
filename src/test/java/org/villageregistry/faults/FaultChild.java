package org.villageregistry.faults;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.MarriageReport;
import org.villageregistry.service.MarriageService;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.access.BackupService;
import org.villageregistry.service.ledger.ColumnMapping;
import org.villageregistry.service.ledger.LedgerColumn;
import org.villageregistry.service.ledger.LedgerImportService;
import org.villageregistry.service.ledger.LedgerSheet;
import org.villageregistry.service.ledger.RawSheet;
import org.villageregistry.service.ledger.SheetCell;
import org.villageregistry.sheet.LedgerWorkbooks;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;

/**
 * The process {@link KillDuringWritesTest} kills. It opens 柳树村 in the folder given and, until killed, either
 * writes ({@code writes}: a ledger import of {@value #LEDGER_ROWS} rows in one transaction, then single saves of
 * households, persons and marriages through the services), backs up ({@code backups}: ten saves, a backup to the
 * stick folder, the automatic rotating backup, each zipping a compacted copy), restores ({@code restores}) or rewrites {@code keys.json}
 * ({@code keys}: see {@link #rewriteKeysForever}) or saves and closes ({@code closes}: {@link #savesThenClose};
 * {@code compacts}: {@link #savesThenCompactingClose}, every close compacting the file into a new one). Before
 * each write it prints {@code op <persons before> <persons added>} and after it {@code ok}, so the test knows what
 * may be in flight when it kills.
 */
public final class FaultChild {
    static final int LEDGER_ROWS = 200;
    static final String USER = "admin";
    static final String PASSWORD = "liushu-2026";
    static final String CLERK = "registrar";
    static final String[] CLERK_PASSWORDS = {"dengji-2026a", "dengji-2026b"};
    private static final String NAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧";

    private final Register register;
    private final Clock clock = Clock.systemDefaultZone();

    private FaultChild(Register register) {
        this.register = register;
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        // backups too: each one compacts its copy of the register before zipping it (decision 0020)
        H2RegisterStore store = args[1].equals("compacts") || args[1].equals("backups")
                ? TestStores.compactingEveryClose(Clock.systemDefaultZone()) : TestStores.quick(Clock.systemDefaultZone());
        if (args[1].equals("restores")) {
            restoreForever(new BackupService(store), home, Path.of(args[2]));
        }
        if (args[1].equals("keys")) {
            rewriteKeysForever(store, home);
        }
        FaultChild child = new FaultChild(store.open(home, USER, PASSWORD.toCharArray()));
        System.out.println("ready");
        System.out.flush();
        if (args[1].equals("writes")) {
            child.writeForever();
        } else if (args[1].equals("closes")) {
            while (true) {
                child.savesThenClose(home);
                child = new FaultChild(store.open(home, USER, PASSWORD.toCharArray()));
            }
        } else if (args[1].equals("compacts")) {
            while (true) {
                child.savesThenCompactingClose();
                child = new FaultChild(store.open(home, USER, PASSWORD.toCharArray()));
            }
        } else {
            child.backUpForever(new BackupService(store), home, Path.of(args[2]));
        }
    }

    private void writeForever() {
        LedgerImportService ledgers = new LedgerImportService(register, clock, new LedgerWorkbooks());
        HouseholdService households = new HouseholdService(register, clock);
        PersonService persons = new PersonService(register, clock);
        MarriageService marriages = new MarriageService(register, clock);
        while (true) {
            long before = count();
            LedgerSheet sheet = LedgerSheet.of(ledger(before));
            ColumnMapping mapping = sheet.guessedMapping();
            announce(before, LEDGER_ROWS);
            ledgers.importRows(sheet, mapping);
            done();
            for (int i = 0; i < 10; i++) {
                before = count();
                announce(before, 2);
                HouseholdFile family = households.add(new NewHousehold(null, "一组", "柳树村" + before + "号",
                        HukouType.AGRICULTURAL, null, List.of(
                                person(before, Sex.MALE).relation(RelationToHead.HEAD).build(),
                                person(before + 1, Sex.FEMALE).relation(RelationToHead.SPOUSE).build())));
                done();
                announce(before + 2, 0);
                Person husband = family.members().get(0);
                Person wife = family.members().get(1);
                marriages.record(new MarriageReport(MarriageKind.MARRIAGE, husband.id(), wife.id(), null, null,
                        LocalDate.of(2020, 5, 1), null, EventSource.SELF_REPORT));
                done();
                announce(before + 2, 1);
                persons.register(person(before + 2, Sex.FEMALE).build());
                done();
            }
        }
    }

    /**
     * Thirty persons saved one commit each (each commit leaves old chunks behind), then the register closed as the
     * program closes it (compacting into a new file when the default criterion says so, decision 0020);
     * {@code compacted} is printed when the file came out smaller.
     */
    private void savesThenClose(Path home) {
        PersonService persons = new PersonService(register, clock);
        for (int i = 0; i < 30; i++) {
            long before = count();
            announce(before, 1);
            persons.register(person(before, Sex.FEMALE).build());
            done();
        }
        Path file = home.resolve("register.mv.db");
        long size = file.toFile().length();
        announce(count(), 0);
        register.close();
        done();
        if (file.toFile().length() < size) {
            System.out.println("compacted");
            System.out.flush();
        }
    }

    /**
     * Ten persons saved one commit each, then the register closed by a store that compacts on every close (a copy
     * compacted, checked and renamed over the file, decision 0020); {@code compacted} is printed when it was.
     */
    private void savesThenCompactingClose() {
        PersonService persons = new PersonService(register, clock);
        for (int i = 0; i < 10; i++) {
            long before = count();
            announce(before, 1);
            persons.register(person(before, Sex.FEMALE).build());
            done();
        }
        announce(count(), 0);
        register.close();
        done();
        if (TestStores.compacted(register)) {
            System.out.println("compacted");
            System.out.flush();
        }
    }

    /** Restores the backups in {@code folder} into {@code home}, one after the other, without end. */
    private static void restoreForever(BackupService backups, Path home, Path folder) {
        List<Path> files;
        try (var list = java.nio.file.Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(BackupService.SUFFIX)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            announce(i % files.size(), 0);
            backups.restore(home, files.get(i % files.size()), USER, PASSWORD.toCharArray());
            done();
        }
    }

    /**
     * Rewrites {@code keys.json} without end, the ways the program does: failed sign-ins of {@value #CLERK} (each
     * counts in the file), her sign-in (clears the count) and password change (to the other of
     * {@link #CLERK_PASSWORDS}), and every third round a new recovery key by the administrator. It prints
     * {@code op failed <password>}, {@code op password <before> <after>} or {@code op recovery <password>}
     * (indexes of the registrar's password)
     * before each and {@code recovery <code>} once a new recovery key is written.
     */
    private static void rewriteKeysForever(H2RegisterStore store, Path home) {
        int current = signsIn(store, home, 0) ? 0 : 1;
        System.out.println("ready");
        System.out.flush();
        for (int round = 0; ; round++) {
            for (int i = 0; i < 2; i++) {
                announce("failed " + current);
                if (signsIn(store, home, -1)) {
                    throw new IllegalStateException("a wrong password opened the register");
                }
                done();
            }
            int next = 1 - current;
            announce("password " + current + " " + next);
            try (Register clerk = store.open(home, CLERK, CLERK_PASSWORDS[current].toCharArray())) {
                store.changePassword(clerk, CLERK_PASSWORDS[next].toCharArray());
            }
            done();
            current = next;
            if (round % 3 == 0) {
                announce("recovery " + current);
                try (Register admin = store.open(home, USER, PASSWORD.toCharArray())) {
                    System.out.println("recovery " + store.newRecoveryKey(admin));
                }
                done();
            }
        }
    }

    /** Whether {@value #CLERK} signs in with the password of that index (-1: a wrong one). */
    private static boolean signsIn(H2RegisterStore store, Path home, int password) {
        String typed = password < 0 ? "not-her-password-1" : CLERK_PASSWORDS[password];
        try (Register clerk = store.open(home, CLERK, typed.toCharArray())) {
            return clerk != null;
        } catch (RegistryException refused) {
            return false;
        }
    }

    private void backUpForever(BackupService backups, Path home, Path stick) {
        PersonService persons = new PersonService(register, clock);
        while (true) {
            long before = count();
            for (int i = 0; i < 10; i++) {
                announce(before + i, 1);
                persons.register(person(before + i, Sex.MALE).build());
                done();
            }
            announce(before + 10, 0);
            backups.backup(register, stick);
            done();
            announce(before + 10, 0);
            backups.automatic(register, home);
            done();
        }
    }

    /** {@value #LEDGER_ROWS} new households of one person each, numbered after what the register holds. */
    private static RawSheet ledger(long before) {
        List<List<SheetCell>> rows = new ArrayList<>();
        rows.add(List.of(SheetCell.text(LedgerColumn.HOUSEHOLD_NUMBER.header()), SheetCell.text(LedgerColumn.NAME.header()),
                SheetCell.text(LedgerColumn.RELATION.header()), SheetCell.text(LedgerColumn.SEX.header()),
                SheetCell.text(LedgerColumn.BIRTH_DATE.header()), SheetCell.text(LedgerColumn.ETHNICITY.header()),
                SheetCell.text(LedgerColumn.HUKOU_TYPE.header()), SheetCell.text(LedgerColumn.MARITAL_STATUS.header())));
        for (int i = 0; i < LEDGER_ROWS; i++) {
            long n = before + i;
            rows.add(List.of(SheetCell.text(String.format("%07d", 1_000_000 + n)), SheetCell.text(name(n)),
                    SheetCell.text("户主"), SheetCell.text(n % 2 == 0 ? "男" : "女"),
                    SheetCell.date(birthDate(n)), SheetCell.text("汉族"), SheetCell.text("农业"),
                    SheetCell.text("未婚")));
        }
        return new RawSheet("柳树村台账.xlsx", "台账", rows);
    }

    private static Person.Builder person(long n, Sex sex) {
        return Person.builder().name(name(n)).sex(sex).birthDate(birthDate(n)).ethnicity(Ethnicity.HAN)
                .hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.UNMARRIED);
    }

    /** A name no other person of the run has: a surname and the number written in two or three name characters. */
    private static String name(long n) {
        StringBuilder name = new StringBuilder();
        long rest = n;
        do {
            name.append(NAMES.charAt((int) (rest % NAMES.length())));
            rest /= NAMES.length();
        } while (rest > 0 || name.length() < 2);
        return name.reverse().toString();
    }

    private static LocalDate birthDate(long n) {
        return LocalDate.of(1960, 1, 1).plusDays(n % 12_000);
    }

    private long count() {
        return register.transactions().read(() -> register.persons().count());
    }

    private static void announce(long before, int added) {
        announce(before + " " + added);
    }

    private static void announce(String op) {
        System.out.println("op " + op);
        System.out.flush();
    }

    private static void done() {
        System.out.println("ok");
        System.out.flush();
    }
}
