package org.villageregistry.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.FakeRegisterStore;

@ExtendWith(ApplicationExtension.class)
class LoginViewTest {
    private final Path liushu = Path.of("build-test", "liushu").toAbsolutePath();
    private final FakeRegisterStore store = new FakeRegisterStore()
            .withRegisterIn(liushu)
            .withUser("wangxy", UserRole.REGISTRAR, "correct horse 7");
    private final List<Register> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        LoginViewModel viewModel = new LoginViewModel(liushu, List.of(), store, new SameThreadTaskExecutor(),
                opened::add);
        stage.setScene(new Scene(new LoginView(viewModel), 640, 520));
        stage.show();
    }

    @Test
    void typingAWrongPasswordAndPressingEnterShowsWhyUnderTheForm(FxRobot robot) {
        robot.clickOn("#user-name").write("wangxy");
        robot.clickOn("#password").write("correct horse 8");
        robot.type(KeyCode.ENTER);

        Label error = robot.lookup("#sign-in-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText())
                .isEqualTo(new RegistryException(FakeRegisterStore.WRONG_PASSWORD_KEY).getMessage(Messages.CHINESE))
                .contains("密码不对");
        assertThat(robot.lookup("#user-name").queryAs(TextField.class).getText()).isEqualTo("wangxy");
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(store.attempts()).isEqualTo(1);
        assertThat(store.passwordsReceived().get(0)).containsOnly('\0');
        assertThat(opened).isEmpty();
    }

    @Test
    void withoutAUserNameTheCursorGoesBackToTheUserNameTheMessageAsksFor(FxRobot robot) {
        robot.clickOn("#password").write("correct horse 7");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#sign-in-error").queryAs(Label.class).getText()).isEqualTo("请输入用户名");
        assertThat(robot.lookup("#user-name").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(store.attempts()).isZero();
    }

    @Test
    void theWindowShowsWhichWorkstationFolderItOpens(FxRobot robot) {
        assertThat(robot.lookup("#workstation-folder").queryAs(Label.class).getText()).isEqualTo(liushu.toString());
        assertThat(robot.lookup("#missing-register").query().isVisible()).isFalse();
    }

    @Test
    void escapeClearsWhatWasTyped(FxRobot robot) {
        robot.clickOn("#user-name").write("wangxy");
        robot.clickOn("#password").write("half typed");
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#user-name").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(store.attempts()).isZero();
    }

    @Test
    void theRightPasswordSignsIn(FxRobot robot) {
        robot.clickOn("#user-name").write("wangxy");
        robot.clickOn("#password").write("correct horse 7");
        robot.type(KeyCode.ENTER);

        assertThat(opened).hasSize(1);
        assertThat(store.attempts()).isEqualTo(1);
        assertThat(robot.lookup("#sign-in-error").queryAs(Label.class).isVisible()).isFalse();
    }
}
