package org.villageregistry.ui.shell;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DesktopTheme;

@ExtendWith(ApplicationExtension.class)
class WorkstationWindowTest {
    @TempDir
    static Path folder;
    private final H2RegisterStore store = new H2RegisterStore();
    private Path sample;
    private Path copies;
    private WorkstationWindow window;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        Path run = folder.resolve("run-" + System.nanoTime());
        sample = run.resolve("sample-data").resolve("township");
        copies = run.resolve("copies");
        store.create(sample, new WorkstationSetup(WorkstationRole.TOWNSHIP, DivisionCode.of("410103100"), "东关镇"),
                "clerk", "sample-pass1".toCharArray()).close();
        window = new WorkstationWindow(run.resolve("empty"), List.of(sample), copies,
                TestSessions.program(store, Clock.systemDefaultZone()), TestSessions.SCREENS, new SameThreadTaskExecutor(), Runnable::run);
        stage.setScene(new Scene(window, 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        robotSafeClose();
    }

    private void robotSafeClose() {
        if (window != null) {
            javafx.application.Platform.runLater(window::closeRegister);
        }
    }

    @Test
    void aRegistrarOpensACopyOfTheSampleSignsInSeesTheShellAndLocksAgain(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#missing-register-message").queryAs(Label.class).getText()).contains("还没有台账");
        assertThat(robot.lookup("#new-workstation").tryQuery()).isPresent();
        long sampleSize = Files.size(sample.resolve("keys.json"));

        robot.clickOn("打开示例工作站：township");
        assertThat(robot.lookup("#workstation-folder").queryAs(Label.class).getText())
                .isEqualTo(copies.resolve("township").toAbsolutePath().normalize().toString());
        robot.clickOn("#user-name").write("clerk");
        robot.clickOn("#password").write("sample-pass1");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#shell-division").queryAs(Label.class).getText()).isEqualTo("东关镇（410103100）");
        assertThat(robot.lookup("#shell-user").queryAs(Label.class).getText()).isEqualTo("clerk（管理员）");
        assertThat(robot.lookup("#home").tryQuery()).isPresent();
        assertThat(window.titleProperty().get()).contains("东关镇");

        robot.clickOn("#nav-screen-settings");
        assertThat(robot.lookup("#settings-users").tryQuery()).isPresent();
        robot.clickOn("#settings-save");
        assertThat(robot.lookup("#settings-message").queryAs(Label.class).getText())
                .as("still said after the screens are rebuilt in the language saved")
                .startsWith("已保存设置：语言 中文；10 分钟无操作后锁定");

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);

        assertThat(window.openRegister()).isEmpty();
        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
        assertThat(robot.lookup("#user-name").queryTextInputControl().getText()).isEqualTo("clerk");
        assertThat(Files.size(sample.resolve("keys.json"))).isEqualTo(sampleSize);
    }

    @Test
    void lockingSaysWhatItIsDoingUntilTheRegisterIsClosed(FxRobot robot) throws Exception {
        DeferredTaskExecutor tasks = new DeferredTaskExecutor();
        robot.interact(() -> {
            window = new WorkstationWindow(folder.resolve("empty-" + System.nanoTime()), List.of(sample),
                    copies, TestSessions.program(store, Clock.systemDefaultZone()), TestSessions.SCREENS, tasks,
                    Runnable::run);
            robot.window(0).getScene().setRoot(window);
        });
        robot.clickOn("打开示例工作站：township");
        robot.interact(tasks::runPending);
        robot.clickOn("#user-name").write("clerk");
        robot.clickOn("#password").write("sample-pass1");
        robot.type(KeyCode.ENTER);
        robot.interact(tasks::runPending);
        assertThat(robot.lookup("#shell-division").tryQuery()).isPresent();
        robot.interact(tasks::runPending);

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);

        assertThat(robot.lookup("#lock-closing").queryAs(Label.class).getText()).startsWith("正在锁定")
                .contains("请稍候");
        assertThat(robot.lookup("#sign-in").tryQuery()).as("the sign-in waits for the close").isEmpty();
        robot.interact(tasks::runPending);
        assertThat(robot.lookup("#lock-closing").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
        assertThat(window.openRegister()).isEmpty();
    }

    @Test
    void closingTheWindowWithARegisterOpenBacksItUpAndClosesItBeforeTheProgramExits(FxRobot robot) throws Exception {
        robot.interact(() -> assertThat(window.closeBeforeExit(() -> { })).as("nothing open: close at once")
                .isFalse());
        robot.clickOn("打开示例工作站：township");
        robot.clickOn("#user-name").write("clerk");
        robot.clickOn("#password").write("sample-pass1");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#home").tryQuery()).isPresent();
        java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();

        robot.interact(() -> {
            assertThat(window.closeBeforeExit(exits::incrementAndGet)).isTrue();
            assertThat(window.closeBeforeExit(exits::incrementAndGet)).as("a second click waits").isTrue();
        });

        assertThat(exits.get()).as("the program exits once, after the close").isEqualTo(1);
        assertThat(window.openRegister()).isEmpty();
        Path home = copies.resolve("township");
        try (var auto = Files.list(home.resolve("backups").resolve("auto"))) {
            assertThat(auto.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".vrbak"));
        }
        store.open(home, "clerk", "sample-pass1".toCharArray()).close();
    }

    @Test
    void aBundleTheProgramWasStartedWithOpensTheSyncScreenRightAfterSignIn(FxRobot robot) throws Exception {
        Path bundle = Files.writeString(folder.resolve("410103100001_000001_20261130.vrb.json"), "{}");
        robot.interact(() -> window.openAfterSignIn(bundle));
        assertThat(robot.lookup("#file-to-open").queryAs(Label.class).getText())
                .contains("410103100001_000001_20261130.vrb.json").contains("数据同步");

        robot.clickOn("打开示例工作站：township");
        robot.clickOn("#user-name").write("clerk");
        robot.clickOn("#password").write("sample-pass1");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#township-sync").tryQuery()).isPresent();
        assertThat(robot.lookup("#home").tryQuery()).isEmpty();
        assertThat(robot.lookup("#file-to-open").tryQuery()).isEmpty();
        assertThat(robot.lookup("#sync-chosen").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sync-chosen-file").queryAs(Label.class).getText())
                .isEqualTo("410103100001_000001_20261130.vrb.json");
        assertThat(robot.lookup("#sync-chosen-verdict").queryAs(Label.class).getText()).startsWith("这个文件不能导入");
    }
}
