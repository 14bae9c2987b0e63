package org.villageregistry.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.sync.SyncWorld;

/**
 * A clerk double-clicks a file on the USB stick: the Sync screen gets it chosen and checked, and nothing is
 * imported before the button is pressed (城关镇 with 柳树村, real registers).
 */
class DoubleClickedFileTest {
    @TempDir
    Path temp;
    private SyncWorld world;
    private TownshipSyncViewModel township;
    private VillageSyncViewModel willow;

    @BeforeEach
    void world() throws IOException {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(temp);
        township = new TownshipSyncViewModel(world.township.sync, new SameThreadTaskExecutor(), Runnable::run,
                new UrlInMemory());
        willow = new VillageSyncViewModel(world.willow.sync, new SameThreadTaskExecutor(), Runnable::run, id -> { });
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theTownshipSeesWhichVillageSentTheBundleAndWhatItHoldsAndImportsItOnlyWhenTheClerkPressesImport() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.addPerson("李建国", Sex.MALE, LocalDate.of(1988, 5, 3));
        Path bundle = world.willow.exportTo(world.stick, false);

        township.chooseFile(bundle);

        TownshipSyncViewModel.ChosenBundle chosen = township.chosenProperty().get();
        assertThat(chosen.file()).isEqualTo(bundle);
        assertThat(chosen.village()).isEqualTo("柳树村");
        assertThat(chosen.division()).isEqualTo(world.willow.code());
        assertThat(chosen.sequence()).isEqualTo(1);
        assertThat(chosen.changes()).isEqualTo(2);
        assertThat(chosen.made()).contains(LocalDate.ofInstant(SyncWorld.CLOCK.instant(), ZoneId.systemDefault()));
        assertThat(chosen.importable()).isTrue();
        assertThat(chosen.verdict()).contains("签名有效");
        assertThat(world.township.register.persons().count()).as("checked, not imported").isZero();

        township.importChosen();

        assertThat(world.township.register.persons().count()).isEqualTo(2);
        assertThat(township.chosenProperty().get()).isNull();
        assertThat(township.files()).singleElement().satisfies(line -> {
            assertThat(line.village()).isEqualTo("柳树村");
            assertThat(line.status()).isEqualTo("已导入");
            assertThat(line.applied()).isEqualTo(2);
        });
        assertThat(township.resultProperty().get()).contains(bundle.getFileName().toString());
    }

    @Test
    void aDamagedBundleIsShownWithTheReasonAndTheImportButtonDoesNothing() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Path bundle = world.willow.exportTo(world.stick, false);
        byte[] bytes = Files.readAllBytes(bundle);
        Files.write(bundle, Arrays.copyOf(bytes, bytes.length / 2));

        township.chooseFile(bundle);
        township.importChosen();

        TownshipSyncViewModel.ChosenBundle chosen = township.chosenProperty().get();
        assertThat(chosen.importable()).isFalse();
        assertThat(chosen.verdict()).startsWith("这个文件不能导入").containsPattern("\\p{IsHan}{4,}");
        assertThat(world.township.register.persons().count()).isZero();
        assertThat(township.files()).isEmpty();
    }

    @Test
    void aFileForTheOtherSideIsNotChosenAndTheErrorLineSaysWhereItBelongs() {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Path bundle = world.willow.exportTo(world.stick, false);

        willow.chooseFile(bundle);
        township.chooseFile(world.stick.resolve(world.willow.code() + "_receipt_000001.vrr.json"));

        assertThat(willow.chosenReceiptProperty().get()).isNull();
        assertThat(willow.errorProperty().get()).contains(bundle.getFileName().toString()).contains("在乡镇工作站导入");
        assertThat(township.chosenProperty().get()).isNull();
        assertThat(township.errorProperty().get()).contains("回执").contains("在村工作站");
    }

    @Test
    void theVillageGetsTheDoubleClickedReceiptChosenAndTakesItWhenTheRegistrarPressesImport() throws IOException {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.exportTo(world.stick, false);
        township.importFolder(world.stick);
        Path receipts = Files.createDirectories(temp.resolve("receipts"));
        township.writeReceipts(receipts);
        Path receipt;
        try (var files = Files.list(receipts)) {
            receipt = files.filter(f -> f.getFileName().toString().startsWith(world.willow.code())).findFirst()
                    .orElseThrow();
        }
        willow.refresh();
        assertThat(willow.summaryProperty().get().undelivered()).isEqualTo(1);

        willow.chooseFile(receipt);

        assertThat(willow.chosenReceiptProperty().get()).isEqualTo(receipt);
        assertThat(willow.receiptResultProperty().get()).isEmpty();
        assertThat(willow.errorProperty().get()).isEmpty();

        willow.importChosenReceipt();

        assertThat(willow.chosenReceiptProperty().get()).isNull();
        assertThat(willow.receiptResultProperty().get()).contains(receipt.getFileName().toString());
        assertThat(willow.summaryProperty().get().undelivered()).isZero();
    }
}
