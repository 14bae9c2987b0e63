package org.villageregistry.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.workstation.UserRole;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.service.WorkstationLabel;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.FakeRegisterStore;

/** The start window names workstations by their division, and after a lock it says who locked which one. */
@ExtendWith(ApplicationExtension.class)
class StartAndLockTest {
    private LoginViewModel viewModel;
    private Path township;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        Path samples = Files.createTempDirectory("sample-data");
        township = Files.createDirectories(samples.resolve("township"));
        Path village = Files.createDirectories(samples.resolve("village-01"));
        WorkstationLabel.write(township, new WorkstationInfo(UUID.randomUUID(), WorkstationRole.TOWNSHIP,
                DivisionCode.of("410103100"), "青山镇", Instant.now()));
        WorkstationLabel.write(village, new WorkstationInfo(UUID.randomUUID(), WorkstationRole.VILLAGE,
                DivisionCode.of("410103100001"), "柳树村", Instant.now()));
        FakeRegisterStore store = new FakeRegisterStore().withRegisterIn(township).withRegisterIn(village)
                .withUser("wangxy", UserRole.REGISTRAR, "correct horse 7");
        List<Register> opened = new ArrayList<>();
        viewModel = new LoginViewModel(Files.createDirectories(samples.resolve("new")), List.of(township, village),
                samples.resolve("copies"), store, new SameThreadTaskExecutor(), opened::add, java.util.Optional.empty(),
                Runnable::run);
        stage.setScene(new Scene(new LoginView(viewModel), 640, 640));
        stage.show();
    }

    @Test
    void theSampleWorkstationsAreNamedByTheirDivisionNotByTheirFolder(FxRobot robot) {
        List<String> buttons = robot.lookup(".button").queryAllAs(Button.class).stream().map(Button::getText)
                .toList();
        assertThat(buttons).contains("打开示例工作站：青山镇（乡镇工作站）", "打开示例工作站：柳树村")
                .noneMatch(t -> t.contains("township") || t.contains("village-01"));

        robot.interact(() -> viewModel.useWorkstationFolder(township));
        assertThat(robot.lookup("#workstation-name").queryAs(Label.class).getText()).isEqualTo("青山镇（乡镇工作站）");
    }

    @Test
    void theLockedWindowSaysWhichWorkstationIsLockedByWhomAndSinceWhen(FxRobot robot) {
        Instant at = Instant.parse("2026-12-05T02:32:00Z");
        robot.interact(() -> viewModel.locked("王秀英", "柳树村", at));

        Label locked = robot.lookup("#locked-message").queryAs(Label.class);
        assertThat(locked.isVisible()).isTrue();
        String time = LocalTime.ofInstant(at, ZoneId.systemDefault()).toString();
        assertThat(locked.getText()).contains("柳树村", "王秀英", "锁定", time);
        assertThat(robot.lookup("#user-name").queryAs(TextField.class).getText()).isEqualTo("王秀英");
    }
}
