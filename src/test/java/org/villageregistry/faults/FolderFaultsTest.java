package org.villageregistry.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.ReportKind;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.access.BackupService;
import org.villageregistry.service.ledger.LedgerExportService;
import org.villageregistry.service.sync.ExportService;
import org.villageregistry.service.sync.ImportService;
import org.villageregistry.service.task.Progress;
import org.villageregistry.sheet.LedgerWorkbooks;
import org.villageregistry.storage.TestStores;
import org.villageregistry.sync.SyncWorld;

/**
 * The folder a registrar chose for a bundle, a receipt, a backup, a report or a ledger turns read-only (a stick's
 * write-protect switch; a read-only tmpfs here, since root ignores file permissions) or disappears while the file
 * is being made (the stick pulled out): each time a plain Chinese message, nothing under the file's name, the
 * register exactly as before (an export gives its bundle number back), and the next try into a good folder works.
 */
class FolderFaultsTest {
    private static final String READ_ONLY = "只读";
    private static final String MISSING = "不存在";
    private static final String VILLAGE = "410103100001";

    @TempDir
    Path temp;
    SyncWorld world;
    Register willow;
    Path mountPoint;

    @BeforeEach
    void townshipAndVillage() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp.resolve("world"));
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 3, 3));
        willow = world.willow.register;
    }

    @AfterEach
    void unmount() throws Exception {
        world.close();
        if (mountPoint != null) {
            run("umount", mountPoint.toString());
            Files.deleteIfExists(mountPoint);
        }
    }

    @Test
    void aReadOnlyStickRefusesTheBundleAndTheNextExportCarriesTheSameChangesUnderTheSameNumber() throws Exception {
        Path stick = readOnlyStick();
        String before = TestStores.dump(willow);
        long number = willow.sync().delivery().villageProgress().nextSequence();

        assertThatThrownBy(() -> export(stick, SyncWorld.QUIET)).isInstanceOf(RegistryException.class)
                .hasMessageContaining(READ_ONLY).hasMessageContaining("重新导出");

        assertThat(TestStores.dump(willow)).as("the register, bundle number included, is as before").isEqualTo(before);
        writable(stick);
        ExportService.Exported again = export(stick, SyncWorld.QUIET);
        assertThat(again.sequence()).isEqualTo(number);
        assertThat(again.fromChange()).isEqualTo(1);
        assertThat(again.total()).isEqualTo(2);
        assertThat(finalNames(stick)).containsExactly(again.file());
        assertThat(world.township.sync.imports().importAll(List.of(again.file()), SyncWorld.QUIET))
                .allMatch(o -> o.status() == ImportService.Status.IMPORTED);
    }

    @Test
    void aStickPulledOutWhileTheBundleIsMadeIsReportedAndTheNextExportCarriesTheSameChanges() throws Exception {
        Path stick = Files.createDirectories(temp.resolve("U盘"));
        String before = TestStores.dump(willow);
        long number = willow.sync().delivery().villageProgress().nextSequence();
        Progress pullOutWhileWriting = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String message) {
                if (message.equals(Messages.get("sync.service.progress.writing"))) {
                    deleteTree(stick);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        assertThatThrownBy(() -> export(stick, pullOutWhileWriting)).isInstanceOf(RegistryException.class)
                .hasMessageContaining(MISSING).hasMessageContaining("U 盘");

        assertThat(stick).as("the pulled stick's folder is not made again on the laptop").doesNotExist();
        assertThat(TestStores.dump(willow)).isEqualTo(before);
        Files.createDirectories(stick);
        ExportService.Exported again = export(stick, SyncWorld.QUIET);
        assertThat(again.sequence()).isEqualTo(number);
        assertThat(again.total()).isEqualTo(2);
    }

    @Test
    void aReceiptThatCouldNotBeWrittenIsWrittenWholeNextTime() throws Exception {
        Path bundle = export(world.stick, SyncWorld.QUIET).file();
        world.township.sync.imports().importAll(List.of(bundle), SyncWorld.QUIET);
        Register township = world.township.register;
        String before = TestStores.dump(township);
        Path stick = readOnlyStick();

        assertThatThrownBy(() -> world.township.sync.receipts().write(VILLAGE, stick))
                .isInstanceOf(RegistryException.class).hasMessageContaining(READ_ONLY);
        Path gone = Files.createDirectories(temp.resolve("拔出的U盘"));
        deleteTree(gone);
        assertThatThrownBy(() -> world.township.sync.receipts().write(VILLAGE, gone))
                .isInstanceOf(RegistryException.class).hasMessageContaining(MISSING);

        assertThat(TestStores.dump(township)).as("the bundle is still waiting for its receipt").isEqualTo(before);
        writable(stick);
        var receipt = world.township.sync.receipts().write(VILLAGE, stick);
        assertThat(receipt.bundles()).isEqualTo(1);
        assertThat(finalNames(stick)).containsExactly(receipt.file());
        world.willow.sync.imports().importAll(List.of(receipt.file()), SyncWorld.QUIET);
        assertThat(willow.sync().delivery().villageProgress().lastAcknowledged()).isEqualTo(2);
    }

    @Test
    void aBackupOntoAReadOnlyOrPulledStickSaysSoAndTheNextBackupRestores() throws Exception {
        BackupService backups = new BackupService(world.store);
        String before = TestStores.dump(willow);
        Path stick = readOnlyStick();
        Path gone = temp.resolve("拔出的U盘");

        assertThatThrownBy(() -> backups.backup(willow, stick)).isInstanceOf(RegistryException.class)
                .hasMessageContaining(READ_ONLY).hasMessageContaining("没有保存");
        assertThatThrownBy(() -> backups.backup(willow, gone)).isInstanceOf(RegistryException.class)
                .hasMessageContaining(MISSING).hasMessageContaining("没有保存");

        assertThat(gone).as("a pulled stick's folder is not made again on the laptop").doesNotExist();
        assertThat(TestStores.dump(willow)).isEqualTo(before);
        writable(stick);
        Path backup = backups.backup(willow, stick);
        assertThat(finalNames(stick)).containsExactly(backup);
        Path restored = Files.createDirectories(temp.resolve("restored"));
        backups.restore(restored, backup, "admin", "pw-2026".toCharArray());
        try (Register copy = world.store.open(restored, "admin", "pw-2026".toCharArray())) {
            assertThat(copy.transactions().read(() -> copy.persons().count())).isEqualTo(2);
        }
    }

    @Test
    void aReportIsNotSavedOntoAReadOnlyStickNorIntoAFolderPulledOutWhileItIsMade() throws Exception {
        ReportService reports = new ReportService(willow, SyncWorld.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new org.villageregistry.service.ProgramBuild("0.1.0", "2026-11-22"));
        ReportRequest monthly = ReportRequest.monthly(ReportKind.VILLAGE_MONTHLY, Period.parse("2026-11"));
        Path stick = readOnlyStick();
        Path gone = Files.createDirectories(temp.resolve("拔出的U盘"));
        ReportProgress pullOut = (fraction, step) -> deleteTree(gone);

        for (String name : List.of("月报.pdf", "月报.csv", "月报.xlsx")) {
            assertThatThrownBy(() -> reports.write(monthly, stick.resolve(name), ReportProgress.NONE, CancelCheck.NEVER))
                    .as(name).isInstanceOf(RegistryException.class).hasMessageContaining(READ_ONLY)
                    .hasMessageContaining(name);
            Files.createDirectories(gone);
            assertThatThrownBy(() -> reports.write(monthly, gone.resolve(name), pullOut, CancelCheck.NEVER))
                    .as(name).isInstanceOf(RegistryException.class).hasMessageContaining(MISSING);
            assertThat(gone).doesNotExist();
        }

        writable(stick);
        for (String name : List.of("月报.pdf", "月报.csv", "月报.xlsx")) {
            reports.write(monthly, stick.resolve(name), ReportProgress.NONE, CancelCheck.NEVER);
        }
        assertThat(finalNames(stick)).extracting(p -> p.getFileName().toString())
                .containsExactly("月报.csv", "月报.pdf", "月报.xlsx");
        assertThat(stick.resolve("月报.pdf")).isNotEmptyFile();
    }

    @Test
    void theLedgerIsNotSavedOntoAReadOnlyOrPulledStickAndIsSavedWholeNextTime() throws Exception {
        LedgerExportService ledger = new LedgerExportService(willow, new LedgerWorkbooks());
        Path stick = readOnlyStick();
        Path gone = temp.resolve("拔出的U盘");

        assertThatThrownBy(() -> ledger.export(stick.resolve("柳树村台账.xlsx"))).isInstanceOf(RegistryException.class)
                .hasMessageContaining(READ_ONLY).hasMessageContaining("柳树村台账.xlsx");
        assertThatThrownBy(() -> ledger.export(gone.resolve("柳树村台账.xlsx"))).isInstanceOf(RegistryException.class)
                .hasMessageContaining(MISSING);
        assertThat(gone).doesNotExist();

        writable(stick);
        assertThat(ledger.export(stick.resolve("柳树村台账.xlsx"))).isEqualTo(2);
        assertThat(finalNames(stick)).extracting(p -> p.getFileName().toString()).containsExactly("柳树村台账.xlsx");
    }

    private ExportService.Exported export(Path folder, Progress progress) {
        return world.willow.sync.export().export(folder, false, progress);
    }

    /** A small tmpfs mounted read-only, as a stick with its write-protect switch on. */
    private Path readOnlyStick() throws Exception {
        mountPoint = Files.createTempDirectory("vreg-stick");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mountPoint.toString()) == 0,
                "needs permission to mount a small tmpfs (root on Linux); CI runs as root");
        assertThat(run("mount", "-o", "remount,ro", mountPoint.toString())).isZero();
        assertThatThrownBy(() -> Files.createFile(mountPoint.resolve("probe"))).isInstanceOf(IOException.class);
        return mountPoint;
    }

    private static void writable(Path stick) throws Exception {
        assertThat(run("mount", "-o", "remount,rw", stick.toString())).isZero();
    }

    /** The files under a final name: no hidden part file, nothing else. */
    private static List<Path> finalNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).as("no part file is left behind").noneMatch(f -> f.getFileName().toString().startsWith("."));
            return all;
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
