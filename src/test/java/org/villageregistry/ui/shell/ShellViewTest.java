package org.villageregistry.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;

@ExtendWith(ApplicationExtension.class)
class ShellViewTest {
    private final List<String> events = new ArrayList<>();
    private final ListScreen home = new ListScreen("screen.home", "home");
    private final ListScreen settings = new ListScreen("screen.settings", "settings");

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        ShellViewModel viewModel = new ShellViewModel(new WorkstationInfo(UUID.randomUUID(), WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村", Instant.parse("2025-01-01T00:00:00Z")),
                new SignedInUser("王秀英", UserRole.REGISTRAR), () -> events.add("locked"));
        viewModel.useScreens(List.of(home, settings));
        ShellView view = new ShellView(viewModel, new TaskMonitor(new SameThreadTaskExecutor(), Runnable::run),
                new IdleLock(Clock.systemUTC(), Duration.ofMinutes(10), viewModel::idle), () -> events.add("about"));
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @Test
    void theHeaderNamesTheDivisionAndTheUser(FxRobot robot) {
        assertThat(robot.lookup("#shell-division").queryAs(Label.class).getText()).isEqualTo("柳树村（410103100001）");
        assertThat(robot.lookup("#shell-user").queryAs(Label.class).getText()).isEqualTo("王秀英（登记员）");
        assertThat(robot.lookup("#home-search").tryQuery()).isPresent();
    }

    @Test
    void ctrlNStartsANewRecordOnTheScreenShownAndCtrlFFocusesItsSearch(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(events).containsExactly("new home");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#home-search").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void theNavigationAndCtrl2SwitchScreensAndTheShortcutsFollow(FxRobot robot) {
        robot.clickOn("#nav-screen-settings");
        assertThat(robot.lookup("#settings-search").tryQuery()).isPresent();
        assertThat(robot.lookup("#home-search").tryQuery()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertThat(events).containsExactly("new settings");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#home-search").tryQuery()).isPresent();
    }

    @Test
    void unsavedInputKeepsTheScreenAndCtrlLLocksOnceItIsSaved(FxRobot robot) {
        home.unsaved = true;
        robot.clickOn("#nav-screen-settings");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#home-search").tryQuery()).isPresent();
        assertThat(events).isEmpty();

        home.unsaved = false;
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        assertThat(events).containsExactly("locked");
    }

    private final class ListScreen implements Screen {
        private final String key;
        private final String name;
        private TextField search;
        boolean unsaved;

        ListScreen(String key, String name) {
            this.key = key;
            this.name = name;
        }

        /** Made on first use: a TextField needs the toolkit, which is not started while fields initialise. */
        private TextField search() {
            if (search == null) {
                search = new TextField();
                search.setId(name + "-search");
            }
            return search;
        }

        @Override
        public String titleKey() {
            return key;
        }

        @Override
        public String iconLiteral() {
            return "mdi2h-home-outline";
        }

        @Override
        public Node view() {
            return search();
        }

        @Override
        public boolean startNew() {
            events.add("new " + name);
            return true;
        }

        @Override
        public boolean focusSearch() {
            search().requestFocus();
            return true;
        }

        @Override
        public boolean canLeave() {
            return !unsaved;
        }
    }
}
