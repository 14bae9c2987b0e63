package org.villageregistry.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;

/** Locking and signing in to another workstation in the same window: no restart of the program. */
@ExtendWith(ApplicationExtension.class)
class WorkstationSwitchTest {
    private final H2RegisterStore store = TestStores.quick(Clock.systemDefaultZone());
    private WorkstationWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DesktopTheme.apply();
        Path root = Files.createTempDirectory("workstation-switch");
        Path liushu = make(root.resolve("liushu"), "410103100001", "柳树村", "liushu-2026");
        Path taoyuan = make(root.resolve("taoyuan"), "410103100002", "桃园村", "taoyuan-2026");
        window = new WorkstationWindow(liushu, List.of(taoyuan), root.resolve("copies"),
                TestSessions.program(store, Clock.systemDefaultZone()), TestSessions.SCREENS,
                new SameThreadTaskExecutor(), Runnable::run);
        stage.setScene(new Scene(window, 1366, 700));
        stage.show();
    }

    private Path make(Path home, String code, String name, String password) {
        try (Register register = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of(code), name), "admin", password.toCharArray())) {
            return home;
        }
    }

    @AfterEach
    void close() {
        Platform.runLater(window::closeRegister);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterLockingTheRegistrarSignsInToAnotherWorkstationInTheSameWindow(FxRobot robot) {
        signIn(robot, "liushu-2026");
        assertThat(robot.lookup("#shell-division").queryAs(Label.class).getText()).contains("柳树村");

        robot.clickOn("#lock");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#sample-taoyuan");
        WaitForAsyncUtils.waitForFxEvents();
        signIn(robot, "taoyuan-2026");

        assertThat(robot.lookup("#shell-division").queryAs(Label.class).getText()).contains("桃园村");
        assertThat(window.titleProperty().get()).contains("桃园村");
    }

    private static void signIn(FxRobot robot, String password) {
        robot.clickOn("#user-name").eraseText(40).write("admin");
        robot.clickOn("#password").write(password);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
