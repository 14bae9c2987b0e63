package org.villageregistry.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.sync.ExportService;
import org.villageregistry.service.task.Progress;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.DeferredTaskExecutor;

/**
 * The township clerk's month-end (城关镇 with 柳树村 and 杨庄村, real registers): a bundle taken in before is
 * flagged when it is chosen, receipts go to the villages she ticks, an import keeps running while she looks at
 * another screen, and a second import is refused.
 */
class TownshipMonthEndTest {
    @TempDir
    Path temp;
    private SyncWorld world;

    @BeforeEach
    void world() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private TownshipSyncViewModel township(TaskExecutor executor) {
        return new TownshipSyncViewModel(world.township.sync, executor, Runnable::run, new UrlInMemory());
    }

    @Test
    void aBundleImportedBeforeIsFlaggedWhenItIsChosenNotOnlyAfterImport() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Path bundle = world.willow.exportTo(world.stick, false);
        TownshipSyncViewModel township = township(new SameThreadTaskExecutor());
        township.importFolder(world.stick);

        township.chooseFile(bundle);

        TownshipSyncViewModel.ChosenBundle chosen = township.chosenProperty().get();
        assertThat(chosen.village()).isEqualTo("柳树村");
        assertThat(chosen.alreadyImported()).isTrue();
        assertThat(chosen.importable()).isFalse();
        assertThat(chosen.verdict()).contains("不用再导入").contains(bundle.getFileName().toString())
                .contains("已经导入过");
    }

    @Test
    void aNewBundleIsNotFlagged() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Path bundle = world.willow.exportTo(world.stick, false);
        TownshipSyncViewModel township = township(new SameThreadTaskExecutor());

        township.chooseFile(bundle);

        assertThat(township.chosenProperty().get().alreadyImported()).isFalse();
        assertThat(township.chosenProperty().get().importable()).isTrue();
    }

    @Test
    void receiptsGoToTheTickedVillagesAtFirstThoseWithNewImportsOneLineEach() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.exportTo(world.stick, false);
        TownshipSyncViewModel township = township(new SameThreadTaskExecutor());
        township.importFolder(world.stick);

        assertThat(township.receiptChoices()).extracting(ReceiptChoice::name).containsExactly("柳树村", "杨庄村");
        assertThat(township.receiptChoices()).extracting(c -> c.chosenProperty().get()).containsExactly(true, false);
        assertThat(township.receiptChoices()).extracting(ReceiptChoice::label)
                .containsExactly("柳树村（新导入数据包 1 个）", "杨庄村（没有要回执的内容）");
        Path receipts = Files.createDirectories(temp.resolve("receipts"));

        township.writeReceipts(receipts);

        assertThat(township.errorProperty().get()).isEmpty();
        assertThat(receiptFiles(receipts)).singleElement().satisfies(f -> assertThat(f).startsWith(world.willow.code()));
        assertThat(township.receiptLines()).singleElement().satisfies(l -> assertThat(l).startsWith("柳树村"));
        assertThat(township.resultProperty().get()).contains("1 个村").doesNotContain("\n");
        // the clerk's import and receipt are in the audit log, by village and counts (no personal data)
        var audit = world.township.register.transactions().read(() -> world.township.register.audit().list(
                org.villageregistry.domain.repository.AuditFilter.all(), 0, 50));
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(org.villageregistry.domain.repository.AuditAction.BUNDLE_IMPORTED.name());
            assertThat(e.detail()).contains("village=" + world.willow.code()).contains("merged=");
        });
        assertThat(audit).anySatisfy(e -> assertThat(e.action())
                .isEqualTo(org.villageregistry.domain.repository.AuditAction.RECEIPT_WRITTEN.name()));
        assertThat(township.receiptChoices()).extracting(c -> c.chosenProperty().get()).containsExactly(false, false);

        township.receiptChoices().get(1).chosenProperty().set(true);
        township.writeReceipts(receipts);

        assertThat(receiptFiles(receipts)).hasSize(2).anySatisfy(f -> assertThat(f).startsWith(world.poplar.code()));
        assertThat(township.receiptLines()).singleElement().satisfies(l -> assertThat(l).startsWith("杨庄村"));

        // a month approved here (feedback to send) ticks the village too, though it sent no new bundle
        world.township.register.transactions().write(() -> world.township.register.sync().feedback().addFeedback(
                new org.villageregistry.domain.sync.SyncRecords.Feedback(0, world.poplar.code(),
                        org.villageregistry.domain.sync.SyncRecords.FeedbackKind.SIGNOFF_APPROVED,
                        java.util.Optional.empty(), "{}", SyncWorld.CLOCK.instant())));
        township.refresh();
        assertThat(township.receiptChoices()).extracting(c -> c.chosenProperty().get()).containsExactly(false, true);
        assertThat(township.receiptChoices().get(1).label()).as("the reason, not 有新导入")
                .isEqualTo("杨庄村（月报已审核通过 1 项待发）");
    }

    @Test
    void aVillageWhoseOnlyNewsIsSampleCheckFindingsIsListedWithThemNotWithNewImports() {
        TownshipSyncViewModel township = township(new SameThreadTaskExecutor());
        for (int i = 0; i < 2; i++) {
            world.township.register.transactions().write(() -> world.township.register.sync().feedback().addFeedback(
                    new org.villageregistry.domain.sync.SyncRecords.Feedback(0, world.willow.code(),
                            org.villageregistry.domain.sync.SyncRecords.FeedbackKind.VERIFICATION_FINDING,
                            java.util.Optional.empty(), "{}", SyncWorld.CLOCK.instant())));
        }

        township.refresh();

        assertThat(township.receiptChoices()).extracting(ReceiptChoice::label)
                .containsExactly("柳树村（抽样核查发现 2 项待发）", "杨庄村（没有要回执的内容）");
        assertThat(township.receiptChoices().get(0).chosenProperty().get()).isTrue();
    }

    @Test
    void noVillageTickedWritesNothingAndSaysWhy() throws IOException {
        TownshipSyncViewModel township = township(new SameThreadTaskExecutor());
        township.refresh();
        township.chooseAllReceipts(false);
        Path receipts = Files.createDirectories(temp.resolve("receipts"));

        township.writeReceipts(receipts);

        assertThat(township.errorProperty().get()).contains("没有勾选");
        assertThat(receiptFiles(receipts)).isEmpty();
    }

    private static List<String> receiptFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".vrr.json")).toList();
        }
    }

    @Test
    void comingBackToTheScreenDuringAnImportShowsItStillRunningAndASecondImportIsRefused() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.exportTo(world.stick, false);
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        TownshipSyncViewModel township = township(executor);

        township.importFolder(world.stick);
        township.refresh(); // the clerk looked at 各村 and came back: the screen is shown again
        ScreenWorkView work = new ScreenWorkView(township);

        assertThat(work.busy()).isTrue();
        assertThat(work.step()).isEqualTo("正在导入数据包");
        assertThat(township.errorProperty().get()).isEmpty();

        township.importFolder(world.stick);

        assertThat(township.errorProperty().get()).contains("正在导入数据包").contains("还没有完成");
        assertThat(work.busy()).isTrue();

        executor.runPending();

        assertThat(township.files()).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo("已导入");
            assertThat(line.applied()).isEqualTo(1);
        });
        assertThat(work.busy()).isFalse();
    }

    /** What the progress row shows, read through the package's view of the ViewModel. */
    private record ScreenWorkView(TownshipSyncViewModel vm) {
        boolean busy() {
            return vm.work().busyProperty().get();
        }

        String step() {
            return vm.work().stepProperty().get();
        }
    }

    @Test
    void theImportServiceRefusesASecondImportWhileTheFirstRuns() throws Exception {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.exportTo(world.stick, false);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Progress holding = new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String message) {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        var first = CompletableFuture.supplyAsync(() -> world.township.sync.imports()
                .importAll(List.of(world.stick), holding));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> world.township.sync.imports().importAll(List.of(world.stick), Progress.NONE))
                .isInstanceOf(RegistryException.class).hasMessageContaining("另一次导入还没有完成");

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).singleElement()
                .satisfies(o -> assertThat(o.applied()).isEqualTo(1));
    }

    @Test
    void theVillageExportReturnsWhatReadingTheBundleBackFound() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));

        ExportService.Exported exported = world.willow.sync.export().export(world.stick, false, Progress.NONE);

        assertThat(exported.readBack().valid()).isTrue();
        assertThat(exported.readBack().signerFingerprint())
                .isEqualTo(world.willow.sync.identity().fingerprints().signing());
        assertThat(exported.readBack().problem()).isEmpty();
    }
}
