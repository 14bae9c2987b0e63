package org.villageregistry.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;

/** 保存设置 on a narrow window: a refusal looks like an error, a save says what it saved, the button keeps its words. */
@ExtendWith(ApplicationExtension.class)
class SettingsSaveViewTest {
    private final H2RegisterStore store = TestStores.quick(
            Clock.fixed(Instant.parse("2026-11-10T07:00:00Z"), ZoneOffset.UTC));
    private Path home;
    private Register register;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        home = Files.createTempDirectory("settings-save");
        register = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE, DivisionCode.of("410103100001"),
                "柳树村"), "admin", "liushu-2026".toCharArray());
        SettingsViewModel viewModel = new SettingsViewModel(TestSessions.of(store, register,
                Clock.systemDefaultZone(), home), home, DesktopSettings.load(home), new SameThreadTaskExecutor(),
                changed -> { });
        stage.setScene(new Scene(new SettingsView(viewModel), 560, 900));
        stage.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        TestStores.closeAndDelete(register, home);
    }

    @Test
    void aRefusedNameIsShownAsAnErrorAndTheSaveButtonKeepsItsText(FxRobot robot) {
        robot.clickOn("#settings-display-name").write("Wang Clerk");
        robot.clickOn("#settings-save");

        Label error = robot.lookup("#settings-error").queryAs(Label.class);
        assertThat(error.getText()).startsWith("打印用姓名“Wang Clerk”不能用");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
        assertThat(robot.lookup("#settings-message").queryAs(Label.class).isVisible()).isFalse();
        Button save = robot.lookup("#settings-save").queryAs(Button.class);
        assertThat(save.getWidth()).as("not shrunk to …").isGreaterThanOrEqualTo(save.prefWidth(-1));
    }

    @Test
    void aSuccessfulSaveSaysWhatWasSaved(FxRobot robot) {
        robot.clickOn("#settings-display-name").write("王秀英");
        robot.clickOn("#settings-save");

        Label message = robot.lookup("#settings-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("已保存设置：语言 中文；10 分钟无操作后锁定；报表打印用姓名“王秀英”");
        assertThat(message.getStyleClass()).contains(Styles.SUCCESS);
        assertThat(robot.lookup("#settings-error").queryAs(Label.class).isVisible()).isFalse();
    }
}
