package org.villageregistry.ui.audit;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.shell.IdleLock;
import org.villageregistry.ui.shell.ScreenContext;
import org.villageregistry.ui.shell.ShellView;
import org.villageregistry.ui.shell.ShellViewModel;
import org.villageregistry.ui.shell.TaskMonitor;

/** The auditor at the keyboard: Ctrl+F, the first characters of a record id, Enter; then the chain check. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {
    private Path home;
    private Register register;
    private AuditorStory story;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        home = Files.createTempDirectory("audit-view");
        story = new AuditorStory(home);
        register = story.signInAsAuditor();
        DesktopTheme.apply();
        ShellViewModel shell = new ShellViewModel(register.workstation(), register.user(), () -> { });
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        shell.useScreens(List.of(new AuditScreen(new ScreenContext(TestSessions.of(register, story.clock),
                executor, shell))));
        stage.setScene(new Scene(new ShellView(shell, new TaskMonitor(executor, Runnable::run),
                new IdleLock(story.clock, Duration.ofMinutes(10), shell::idle), () -> { }), 1200, 700));
        stage.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        TestStores.closeAndDelete(register, home);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ctrlFThenTheFirstCharactersOfAnIdAndEnterFindTheReveal(FxRobot robot) {
        TableView<AuditRow> table = robot.lookup("#audit-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().size()).isGreaterThanOrEqualTo(5);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        TextField recordId = robot.lookup("#audit-record-id").queryAs(TextField.class);
        assertThat(recordId.isFocused()).isTrue();
        robot.write(story.wangFang.id().toString().substring(0, 5)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(AuditRow::action).containsExactly("查看完整身份证号");
        assertThat(table.isFocused()).isTrue();
        assertThat(robot.lookup("#audit-status").queryAs(Label.class).getText()).isEqualTo("共 1 条");
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("序号", "时间", "用户", "操作", "记录", "工作站");
    }

    @Test
    void theChainCheckButtonSaysTheLogIsIntact(FxRobot robot) {
        robot.clickOn("#audit-verify");
        WaitForAsyncUtils.waitForFxEvents();

        Label chain = robot.lookup("#audit-chain").queryAs(Label.class);
        assertThat(chain.getText()).startsWith("校验通过");
        assertThat(chain.isVisible()).isTrue();
    }
}
