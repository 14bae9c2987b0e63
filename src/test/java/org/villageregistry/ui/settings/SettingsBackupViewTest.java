package org.villageregistry.ui.settings;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.access.AccountService;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;

/** The administrator finds 备份到U盘… in Settings; a registrar signed in on the same workstation does not. */
@ExtendWith(ApplicationExtension.class)
class SettingsBackupViewTest {
    private final H2RegisterStore store = TestStores.quick(
            Clock.fixed(Instant.parse("2026-11-10T07:00:00Z"), ZoneOffset.UTC));
    private Path home;
    private Register register;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        home = Files.createTempDirectory("settings-backup");
        register = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"),
                "柳树村"), "admin", "liushu-2026".toCharArray());
        new AccountService(store).addUser(register, "王秀英", UserRole.REGISTRAR, "xiuying88".toCharArray());
        show();
    }

    private void show() {
        SettingsViewModel viewModel = new SettingsViewModel(TestSessions.of(store, register, Clock.systemDefaultZone(), home), home, DesktopSettings.load(home),
                new SameThreadTaskExecutor(), changed -> { });
        stage.setScene(new Scene(new SettingsView(viewModel), 800, 900));
        stage.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        TestStores.closeAndDelete(register, home);
    }

    @Test
    void theAdministratorSeesTheBackupButtonAndARegistrarDoesNot(FxRobot robot) {
        Button backUp = robot.lookup("#settings-backup").queryAs(Button.class);
        assertThat(backUp.getText()).isEqualTo("备份到U盘…");
        assertThat(backUp.isDisabled()).isFalse();

        robot.interact(() -> {
            register.close();
            register = store.open(home, "王秀英", "xiuying88".toCharArray());
            show();
        });

        assertThat(robot.lookup("#settings-backup").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settings-language").tryQuery()).isPresent();
    }

    @Test
    void settingsSayHowManyAutomaticBackupsThereAreAndHowMuchTheyTake(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#settings-backup-automatic").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("本机自动备份：0 份，共 0.0 MB。").contains("最近 3 天每天一份").contains("约 3 倍");
        robot.interact(() -> {
            org.villageregistry.service.access.BackupService backups = TestSessions.of(store, register,
                    Clock.systemDefaultZone(), home).backups();
            backups.automatic(register, home);
            show();
        });
        assertThat(robot.lookup("#settings-backup-automatic").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("本机自动备份：1 份，共 ");
    }
}
