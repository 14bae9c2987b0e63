package org.villageregistry.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.ReceiptService;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;

/**
 * The township's Sync screen in the space it has on a 1366×768 laptop (the window less the shell's header,
 * navigation and status bar): an import in flight with its cancel button in words, and forty receipt lines that
 * leave the imported files and the buttons on the window.
 */
@ExtendWith(ApplicationExtension.class)
class TownshipSyncViewTest {
    static final double WIDTH = 1366 - 200;
    static final double HEIGHT = 768 - 130;

    /** Made before the toolkit starts the stage: three real registers take longer than its set-up may. */
    private final SyncWorld world;
    private TownshipSyncViewModel vm;
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();

    TownshipSyncViewTest() throws Exception {
        world = new SyncWorld(Files.createTempDirectory("township-sync-view"));
    }

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        vm = new TownshipSyncViewModel(world.township.sync, executor, Runnable::run, new UrlInMemory());
        stage.setScene(new Scene(new TownshipSyncView(vm, new Choosers(new LastFolder(world.root))), WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void anImportInFlightShowsItsProgressAndACancelButtonInWordsAfterTheScreenIsShownAgain(FxRobot robot) {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        world.willow.exportTo(world.stick, false);

        robot.interact(() -> {
            vm.importFolder(world.stick);
            vm.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Button cancel = robot.lookup("#sync-cancel").queryButton();
        assertThat(cancel.getParent().isVisible()).isTrue();
        assertThat(shownText(cancel)).isEqualTo("取消");
        assertThat(robot.lookup("#sync-import-folder").queryButton().isDisabled()).isTrue();
        TableView<?> files = robot.lookup("#sync-files").queryAs(TableView.class);
        assertThat(((Label) files.getPlaceholder()).getText()).startsWith("正在导入");

        robot.interact(executor::runPending);

        assertThat(cancel.getParent().isVisible()).isFalse();
        assertThat(files.getItems()).hasSize(1);
    }

    @Test
    void fortyReceiptLinesScrollInTheirOwnListAndLeaveTheFilesAndButtonsOnTheWindow(FxRobot robot) {
        List<ReceiptService.Written> written = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String code = String.format("4101031000%02d", i);
            written.add(new ReceiptService.Written(code, world.stick.resolve(code + "_receipt_20261130-081500.vrr.json"),
                    UUID.randomUUID(), 1500L * i, 1, 0, 2, true));
        }

        robot.interact(() -> vm.receiptsWritten(written, world.stick));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> lines = robot.lookup("#sync-receipt-lines").queryAs(ListView.class);
        assertThat(lines.getItems()).hasSize(40);
        assertThat(lines.getHeight()).isLessThan(200);
        Scene scene = lines.getScene();
        for (String id : List.of("#sync-import-folder", "#sync-choose-bundle", "#sync-write-receipts",
                "#sync-receipt-lines", "#sync-files")) {
            Bounds b = bounds(robot.lookup(id).query());
            assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(scene.getHeight());
            assertThat(b.getMinY()).as(id).isGreaterThanOrEqualTo(0);
        }
        assertThat(robot.lookup("#sync-files").queryAs(TableView.class).getHeight()).isGreaterThanOrEqualTo(100);
        assertThat(robot.lookup("#sync-result").queryAs(Label.class).getText()).contains("40 个村")
                .doesNotContain("\n");
    }

    @Test
    void withABundleChosenTheImportTabScrollsToTheReceiptsButton(FxRobot robot) {
        world.willow.addPerson("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1));
        Path bundle = world.willow.exportTo(world.stick, false);
        robot.interact(() -> vm.chooseFile(bundle));
        robot.interact(executor::runPending);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ScrollPane scroll = robot.lookup("#sync-import-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds button = bounds(robot.lookup("#sync-write-receipts").query());
        assertThat(button.getMaxY()).as("给各村写回执 reached by scrolling")
                .isLessThanOrEqualTo(robot.lookup("#sync-write-receipts").query().getScene().getHeight());
        assertThat(TownshipSyncView.onTwoLines("XVYK ZASC 64KS GW9W HQWJ")).isEqualTo("XVYK ZASC 64KS\nGW9W HQWJ");
    }

    @Test
    void theWholeReasonOfARefusedBundleIsReadInItsTooltip(FxRobot robot) throws Exception {
        SyncWorld.Station stranger = world.station(org.villageregistry.domain.workstation.WorkstationRole.VILLAGE,
                "410103100005", "枣林村");
        Path folder = Files.createDirectories(world.root.resolve("enrol-stranger"));
        stranger.sync.enrolment().importFile(world.township.sync.enrolment().export(folder).file(), false);
        stranger.addPerson("赵丽", Sex.FEMALE, LocalDate.of(1991, 2, 3));
        stranger.exportTo(world.stick, false);

        robot.interact(() -> vm.importFolder(world.stick));
        robot.interact(executor::runPending);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> files = robot.lookup("#sync-files").queryAs(TableView.class);
        String reason = ((TownshipSyncViewModel.FileLine) files.getItems().get(0)).message();
        assertThat(reason).contains("签名密钥没有登记过").endsWith("并电话核对密钥指纹");
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#sync-files .table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> reason.equals(c.getText())).findFirst().orElseThrow();
        assertThat(shownText(cell)).as("the cell is too narrow for the sentence").isNotEqualTo(reason);
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(reason);
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** The text a button or cell really shows: cut short with "..." when it does not fit. */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
