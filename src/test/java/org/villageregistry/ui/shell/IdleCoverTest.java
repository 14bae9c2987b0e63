package org.villageregistry.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.session.Session;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.events.EventsRegister;

/** The idle lock's cover over a window with unsaved input: the password uncovers it, a wrong one is told. */
@ExtendWith(ApplicationExtension.class)
class IdleCoverTest {
    private final Session session;
    private final List<String> done = new ArrayList<>();

    IdleCoverTest() throws Exception {
        session = EventsRegister.session(Files.createTempDirectory("idle-cover"));
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        stage.setScene(new Scene(new IdleCover(session.register(), session.accounts(), new SameThreadTaskExecutor(),
                () -> done.add("uncovered"), () -> done.add("closed")), 800, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aWrongPasswordIsToldAndCountedAndTheRightOneUncovers(FxRobot robot) {
        long signIns = auditCount(AuditAction.LOGIN);
        robot.clickOn("#idle-cover-password").write("guess-1").type(KeyCode.ENTER);
        assertThat(robot.lookup("#idle-cover-error").queryAs(Label.class).getText()).startsWith("密码不对")
                .contains("再错");
        assertThat(done).isEmpty();
        assertThat(auditCount(AuditAction.LOGIN_FAILED)).isEqualTo(1);

        robot.clickOn("#idle-cover-password").write("secret-1").type(KeyCode.ENTER);
        assertThat(done).containsExactly("uncovered");
        assertThat(auditCount(AuditAction.LOGIN)).as("the unlock, audited as a sign-in").isEqualTo(signIns + 1);
    }

    @Test
    void anEmptyPasswordIsAskedForAndDiscardingCloses(FxRobot robot) {
        robot.clickOn("#idle-cover-unlock");
        assertThat(robot.lookup("#idle-cover-error").queryAs(Label.class).getText()).isEqualTo("请输入密码");
        robot.clickOn("#idle-cover-close");
        assertThat(done).containsExactly("closed");
    }

    private long auditCount(AuditAction action) {
        return session.register().transactions().read(() -> session.register().audit().count(
                new org.villageregistry.domain.repository.AuditFilter(null, null, null, action, null)));
    }
}
