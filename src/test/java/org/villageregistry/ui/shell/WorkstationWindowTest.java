package org.villageregistry.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.FakeRegisterStore;

@ExtendWith(ApplicationExtension.class)
class WorkstationWindowTest {
    private final Path empty = Path.of("build-test", "nothing-here").toAbsolutePath();
    private final Path sampleTownship = Path.of("sample-data", "township").toAbsolutePath();
    private final FakeRegisterStore store = new FakeRegisterStore()
            .withRegisterIn(sampleTownship, new WorkstationInfo(UUID.randomUUID(), WorkstationRole.TOWNSHIP,
                    DivisionCode.of("410103100"), "东关镇", Instant.parse("2025-03-01T08:00:00Z")))
            .withUser("clerk", UserRole.TOWNSHIP_CLERK, "sample-pass");
    private WorkstationWindow window;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        window = new WorkstationWindow(empty, List.of(sampleTownship), store, new SameThreadTaskExecutor());
        stage.setScene(new Scene(window, 800, 600));
        stage.show();
    }

    @Test
    void aRegistrarWithoutARegisterOpensTheSampleSignsInAndLocksAgain(FxRobot robot) {
        assertThat(robot.lookup("#missing-register-message").queryAs(Label.class).getText()).contains("还没有台账");

        robot.clickOn("打开示例工作站：township");
        robot.clickOn("#user-name").write("clerk");
        robot.clickOn("#password").write("sample-pass");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#workstation-division").queryAs(Label.class).getText()).isEqualTo("东关镇（410103100）");
        assertThat(robot.lookup("#workstation-role").queryAs(Label.class).getText()).isEqualTo("乡镇工作站");
        assertThat(robot.lookup("#signed-in-user").queryAs(Label.class).getText()).isEqualTo("clerk（乡镇专干）");
        assertThat(window.titleProperty().get()).contains("东关镇");
        assertThat(window.openRegister()).isPresent();

        robot.clickOn("#lock");

        assertThat(store.lastRegisterClosed()).isTrue();
        assertThat(window.openRegister()).isEmpty();
        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
        assertThat(robot.lookup("#user-name").queryTextInputControl().getText()).isEqualTo("clerk");
    }
}
