package org.villageregistry.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.app.SampleWorkstations;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.settings.WindowState;
import org.villageregistry.ui.shell.WorkstationWindow;

/**
 * On the common office laptop (1366×768) the window opens where {@link WindowState#placement} puts it
 * (maximised: 1366 pixels wide and, after the taskbar and the title bar, 700 high). Signed in to the sample village and the sample township, every screen (and
 * every tab on it), and the login window before (with the sample workstations to switch to), must show every label, button, check box and column header in full.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutAt1366Test {
    /** The office laptop: 1366×768 with a 40-pixel taskbar. */
    private static final WindowState.Screen LAPTOP = new WindowState.Screen(new Rectangle2D(0, 0, 1366, 768),
            new Rectangle2D(0, 0, 1366, 728));
    /** What the window manager's title bar takes from a maximised window. */
    private static final double TITLE_BAR = 28;
    private static final String PASSWORD = "sample-password-2026";

    @TempDir
    static Path temp;
    private Stage stage;
    private WorkstationWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopTheme.apply();
    }

    @AfterEach
    void close() {
        if (window != null) {
            Platform.runLater(window::closeRegister);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void noScreenOfTheSampleVillageCutsAText(FxRobot robot) throws IOException {
        assertThat(cutTexts(robot, "village-01", "registrar")).isEmpty();
    }

    @Test
    void noScreenOfTheSampleTownshipCutsAText(FxRobot robot) throws IOException {
        assertThat(cutTexts(robot, "township", "clerk")).isEmpty();
    }

    private List<String> cutTexts(FxRobot robot, String sample, String user) throws IOException {
        Messages.setLocale(Messages.CHINESE);
        Path home = temp.resolve(sample + "-" + System.nanoTime());
        copy(Path.of("sample-data").resolve(sample), home);
        robot.interact(() -> {
            window = new WorkstationWindow(home, SampleWorkstations.below(Path.of("")), temp.resolve("copies"),
                    TestSessions.program(new H2RegisterStore(), Clock.systemDefaultZone()), TestSessions.SCREENS,
                    new SameThreadTaskExecutor(), Runnable::run);
            Rectangle2D place = WindowState.placement(List.of(LAPTOP), Optional.empty()).bounds();
            stage.setScene(new Scene(window, place.getWidth(), place.getHeight() - TITLE_BAR));
            stage.show();
        });
        List<String> cut = new ArrayList<>(check("login"));
        robot.clickOn("#user-name").write(user);
        robot.clickOn("#password").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.openRegister()).as("%s signed in to %s", user, sample).isPresent();
        for (Node entry : List.<Node>copyOf(robot.lookup(".nav-entry").queryAll())) {
            robot.clickOn(entry);
            WaitForAsyncUtils.waitForFxEvents();
            String screen = entry.getId().replaceFirst("^nav-screen-", "");
            cut.addAll(check(screen));
            for (TabPane tabs : visibleTabPanes()) {
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    WaitForAsyncUtils.waitForFxEvents();
                    cut.addAll(check(screen + " › " + tab.getText()));
                }
            }
        }
        return cut;
    }

    private List<TabPane> visibleTabPanes() {
        List<TabPane> found = new ArrayList<>();
        for (Node node : window.lookupAll(".tab-pane")) {
            if (node instanceof TabPane pane && node.isVisible() && node.getScene() != null) {
                found.add(pane);
            }
        }
        return found;
    }

    private List<String> check(String screen) {
        List<String> found = new ArrayList<>();
        robot().interact(() -> {
            window.applyCss();
            window.layout();
            CutText.below(window).forEach(line -> found.add(screen + ": " + line));
        });
        return found;
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
