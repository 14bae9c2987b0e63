package org.villageregistry.ui.shell;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
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
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;

/** The county auditor signs in at the village workstation: the window offers the audit log and settings only. */
@ExtendWith(ApplicationExtension.class)
class AuditorSignInTest {
    private final H2RegisterStore store = TestStores.quick(Clock.systemDefaultZone());
    private Path home;
    private WorkstationWindow window;

    @Start
    void start(Stage stage) throws Exception {
        DesktopTheme.apply();
        home = Files.createTempDirectory("auditor-sign-in").resolve("柳树村");
        try (Register admin = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村"), "admin", "liushu-2026".toCharArray())) {
            new AccountService(store).addUser(admin, "laozhou", UserRole.AUDITOR, "laozhou-2026".toCharArray());
        }
        window = new WorkstationWindow(home, List.of(), home.resolveSibling("copies"),
                TestSessions.program(store, Clock.systemDefaultZone()), TestSessions.SCREENS, new SameThreadTaskExecutor(), Runnable::run);
        stage.setScene(new Scene(window, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        javafx.application.Platform.runLater(window::closeRegister);
    }

    @Test
    void theAuditorSeesTheAuditLogAndSettingsAndNothingThatEdits(FxRobot robot) {
        robot.clickOn("#user-name").write("laozhou");
        robot.clickOn("#password").write("laozhou-2026");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#shell-user").queryAs(Label.class).getText()).isEqualTo("laozhou（审计员）");
        List<String> navigation = robot.lookup(".nav-entry").<Node>queryAll().stream().map(Node::getId).toList();
        assertThat(navigation).containsExactlyInAnyOrder("nav-screen-audit", "nav-screen-settings");
        assertThat(robot.lookup("#audit-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#audit-status").queryAs(Label.class).getText()).startsWith("共 ");

        robot.clickOn("#nav-screen-settings");
        assertThat(robot.lookup("#settings-language").tryQuery()).isPresent();
        assertThat(robot.lookup("#settings-users").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settings-backup").tryQuery()).isEmpty();
    }
}
