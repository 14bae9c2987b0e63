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
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;

/**
 * A village's thirteen screens, as an administrator sees them: each entry of the navigation names its keys in its
 * tooltip, and those keys open it (数据同步, 报表, 审计日志 and 设置 too, past Ctrl+9).
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenByKeyboardTest {
    private static final List<String> VILLAGE_SCREENS = List.of("screen.home", "screen.households", "screen.people",
            "screen.events", "screen.roster", "screen.services", "screen.benefits", "screen.ledger", "screen.quality",
            "screen.sync", "screen.reports", "screen.audit", "screen.settings");

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        ShellViewModel viewModel = new ShellViewModel(new WorkstationInfo(UUID.randomUUID(), WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村", Instant.parse("2025-01-01T00:00:00Z")),
                new SignedInUser("王秀英", UserRole.ADMINISTRATOR), () -> { });
        List<Screen> screens = new ArrayList<>();
        VILLAGE_SCREENS.forEach(key -> screens.add(new TitleScreen(key)));
        viewModel.useScreens(screens);
        ShellView view = new ShellView(viewModel, new TaskMonitor(new SameThreadTaskExecutor(), Runnable::run),
                new IdleLock(Clock.systemUTC(), Duration.ofMinutes(10), viewModel::idle), () -> { });
        stage.setScene(new Scene(view, 1000, 800));
        stage.show();
    }

    @Test
    void theKeysEachTooltipNamesOpenItsScreen(FxRobot robot) {
        for (String key : VILLAGE_SCREENS) {
            String keys = tooltip(robot, key);
            assertThat(keys).as(key + " names its keys").isNotEmpty();
            press(robot, keys);
            assertThat(robot.lookup("#" + key.replace('.', '-')).tryQuery()).as(key + " opened by " + keys)
                    .isPresent();
        }
    }

    @Test
    void ctrl1To9StayOnTheFirstNineScreens(FxRobot robot) {
        for (int n = 1; n <= 9; n++) {
            assertThat(tooltip(robot, VILLAGE_SCREENS.get(n - 1))).isEqualTo("Ctrl+" + n);
        }
        press(robot, "Ctrl+9");
        assertThat(robot.lookup("#screen-quality").tryQuery()).isPresent();
        press(robot, "Ctrl+0");
        assertThat(robot.lookup("#screen-sync").tryQuery()).as("the tenth, 数据同步").isPresent();
    }

    private static String tooltip(FxRobot robot, String key) {
        Tooltip tip = robot.lookup("#nav-" + key.replace('.', '-')).queryAs(ToggleButton.class).getTooltip();
        return tip == null ? "" : tip.getText();
    }

    /** Presses keys written as the tooltips write them: Ctrl+0, Ctrl+Shift+2. */
    private static void press(FxRobot robot, String keys) {
        List<KeyCode> codes = new ArrayList<>();
        for (String part : keys.split("\\+")) {
            codes.add(switch (part) {
                case "Ctrl" -> KeyCode.CONTROL;
                case "Shift" -> KeyCode.SHIFT;
                case "Alt" -> KeyCode.ALT;
                default -> KeyCode.getKeyCode(part);
            });
        }
        KeyCode last = codes.remove(codes.size() - 1);
        codes.forEach(robot::press);
        robot.type(last);
        for (int i = codes.size() - 1; i >= 0; i--) {
            robot.release(codes.get(i));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A screen with a box that takes the keys, as each real one has. */
    private static final class TitleScreen implements Screen {
        private final String key;
        private TextField view;

        TitleScreen(String key) {
            this.key = key;
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
            if (view == null) {
                view = new TextField(key);
                view.setId(key.replace('.', '-'));
            }
            return view;
        }
    }
}
