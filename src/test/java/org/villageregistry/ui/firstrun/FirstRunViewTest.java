package org.villageregistry.ui.firstrun;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DesktopTheme;

@ExtendWith(ApplicationExtension.class)
class FirstRunViewTest {
    @TempDir
    static Path folder;
    private final List<Register> entered = new ArrayList<>();

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        Path home = folder.resolve("ws-" + System.nanoTime());
        FirstRunView view = new FirstRunView(new FirstRunViewModel(home,
                TestSessions.program(new H2RegisterStore(), FirstRunViewModelTest.CLOCK), new SameThreadTaskExecutor(),
                FirstRunViewModelTest.CLOCK, s -> entered.add(s.register()), () -> { }));
        stage.setScene(new Scene(view, 800, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        entered.forEach(Register::close);
    }

    @Test
    void aRegistrarMakesAWorkstationWithTheKeyboardAlone(FxRobot robot) {
        robot.clickOn("#division-code").write("410103100001").type(KeyCode.ENTER);
        robot.write("柳树村").type(KeyCode.ENTER);

        robot.write("王会计").type(KeyCode.ENTER);
        robot.write("liushu2026").type(KeyCode.ENTER);
        robot.write("liushu2026").type(KeyCode.ENTER);
        assertThat(robot.lookup("#first-run-error").queryAs(Label.class).getText())
                .as("the message names the box as it reads").contains("我已了解：忘记密码又没有恢复密钥，台账数据将无法恢复");

        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        assertThat(robot.lookup("#first-run-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#setup-summary").queryTextInputControl().getText()).contains("王会计");
        javafx.scene.control.TextField key = robot.lookup("#recovery-key").queryAs(javafx.scene.control.TextField.class);
        assertThat(key.getText()).matches("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
        javafx.geometry.Bounds shown = key.localToScene(key.getBoundsInLocal());
        assertThat(shown.getMaxY()).as("the key is in sight without scrolling").isLessThan(key.getScene().getHeight());
        assertThat(robot.lookup("#first-run-then").queryAs(Label.class).getText()).as("what comes next")
                .contains("数据同步 → 双方登记（密钥）").contains("导入乡镇发来的登记文件");

        robot.type(KeyCode.ENTER);
        assertThat(entered).hasSize(1);
    }

    @Test
    void aVillageWorkstationWithATownshipCodeStaysOnTheFirstPage(FxRobot robot) {
        robot.clickOn("#division-code").write("410103100").type(KeyCode.ENTER);
        robot.write("柳树村").type(KeyCode.ENTER);

        assertThat(robot.lookup("#first-run-error").queryAs(Label.class).getText()).contains("12");
        assertThat(robot.lookup("#division-code").query().getPseudoClassStates())
                .as("the wrong field is marked").contains(atlantafx.base.theme.Styles.STATE_DANGER);
        assertThat(robot.lookup("#division-name").query().getPseudoClassStates())
                .doesNotContain(atlantafx.base.theme.Styles.STATE_DANGER);
        assertThat(robot.lookup("#division-code").tryQuery()).isPresent();
    }
}
