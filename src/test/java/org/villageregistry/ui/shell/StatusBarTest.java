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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.SignedInUser;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.DesktopTheme;

/**
 * The status bar of a window a little narrower than 1366 pixels while the township imports forty bundles: the long step message gives way, the
 * cancel button keeps its word ("取消", not "⊗ …").
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    /** The headless test screen is 1280 pixels wide: narrower than the 1366 of the common office laptop. */
    static final double WIDTH = 1280;

    /** Starts each task and keeps it running until the test ends. */
    private final List<BackgroundTask<?>> held = new ArrayList<>();
    private TaskMonitor tasks;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        ShellViewModel viewModel = new ShellViewModel(new WorkstationInfo(UUID.randomUUID(), WorkstationRole.TOWNSHIP,
                DivisionCode.of("410103100"), "城关镇", Instant.parse("2025-01-01T00:00:00Z")),
                new SignedInUser("李主任", UserRole.ADMINISTRATOR), () -> { });
        viewModel.useScreens(List.of(new Blank()));
        tasks = new TaskMonitor(new TaskExecutor() {
            @Override
            public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
                task.running();
                held.add(task);
                return task;
            }

            @Override
            public void close() {
                held.clear();
            }
        }, Runnable::run);
        ShellView view = new ShellView(viewModel, tasks, new IdleLock(Clock.systemUTC(), Duration.ofMinutes(10),
                viewModel::idle), () -> { });
        stage.setScene(new Scene(view, WIDTH, 720));
        stage.show();
    }

    @Test
    void aLongStepMessageNeverCutsTheCancelButtonToASymbol(FxRobot robot) {
        BackgroundTask<Void> importing = BackgroundTask.<Void>of(p -> null).cancellable("正在导入数据包");
        robot.interact(() -> {
            tasks.execute(importing);
            importing.message("正在导入 410103100017_000012_20261130-081500.vrb.json（第 17 个，共 40 个），"
                    + "柳树村、杨庄村、河湾村、东岗村、西岗村、南岗村、北岗村、前营村、后营村、中营村的数据包已经导入完毕");
            tasks.execute(BackgroundTask.<Void>of(p -> null).titled("正在整理今天要办的事……"));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Button cancel = robot.lookup("#task-cancel").queryButton();
        assertThat(cancel.isVisible()).isFalse(); // the latest work (the to-do list) cannot be cancelled
        robot.interact(() -> held.remove(held.size() - 1).finished());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cancel.isVisible()).isTrue();
        assertThat(shownText(cancel)).isEqualTo("取消");
        Label message = robot.lookup("#task-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("正在导入 410103100017");
        assertThat(cancel.localToScene(cancel.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(WIDTH);
    }

    private static String shownText(Button button) {
        return button.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    private static final class Blank implements Screen {
        private Label label;

        @Override
        public String titleKey() {
            return "screen.home";
        }

        @Override
        public String iconLiteral() {
            return "mdi2h-home-outline";
        }

        @Override
        public Node view() {
            if (label == null) {
                label = new Label();
            }
            return label;
        }
    }
}
