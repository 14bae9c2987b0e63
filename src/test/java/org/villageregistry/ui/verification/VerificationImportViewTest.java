package org.villageregistry.ui.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.service.verification.SampleTownshipRegister;
import org.villageregistry.session.Session;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;

/**
 * 青山镇's clerk presses 导入核查结果 and picks the file the team filled: a file with a wrong line is refused whole
 * with the line shown, the corrected one fills in the persons' results.
 */
@ExtendWith(ApplicationExtension.class)
class VerificationImportViewTest {
    private static final String HEADER = "\uFEFF类别,编号,结果,有误项目,姓名,性别,出生日期,已婚\r\n";
    private Register register;
    private Path temp;
    private final AtomicReference<Path> chosen = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        temp = Files.createTempDirectory("verification-import-view");
        register = SampleTownshipRegister.open(temp);
        Session session = TestSessions.of(register, SampleTownshipRegister.CLOCK);
        DesktopTheme.apply();
        VerificationViewModel vm = new VerificationViewModel(session.verification(), session.reports(),
                new SameThreadTaskExecutor(), Runnable::run, LocalDate.of(2026, 11, 30));
        vm.refresh();
        stage.setScene(new Scene(new VerificationView(vm, new Choosers(new LastFolder(temp)),
                owner -> Optional.ofNullable(chosen.get())), 1166, 680));
        stage.show();
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theResultsFileIsImportedWholeOrRefusedWithTheWrongLine(FxRobot robot) throws Exception {
        TableView<VerificationLines.VerificationLine> list = robot.lookup("#verification-list").queryAs(TableView.class);
        assertThat(robot.lookup("#verification-import").queryButton().isDisabled()).as("no sample chosen").isTrue();
        robot.doubleClickOn("#verification-households").write("2");
        robot.doubleClickOn("#verification-seed").write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        TableView<VerificationLines.PersonLine> persons = robot.lookup("#verification-persons").queryAs(TableView.class);

        Path bad = Files.writeString(temp.resolve("有错.csv"), HEADER + "人员,1,正确,,,,,\r\n人员,999,正确,,,,,\r\n",
                StandardCharsets.UTF_8);
        chosen.set(bad);
        robot.clickOn("#verification-import");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#verification-error").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#verification-error").queryAs(Label.class).getText())
                .contains("第 3 行“人员,999,正确,,,,,”").contains("“999”").contains("整个文件都没有录入");
        assertThat(persons.getItems()).allSatisfy(p -> assertThat(p.result()).isEmpty());

        Path good = Files.writeString(temp.resolve("核查结果.csv"), HEADER + "人员,1,正确,,,,,\r\n"
                + "人员,2,有误,出生日期=1901-01-01,,,,\r\n", StandardCharsets.UTF_8);
        chosen.set(good);
        robot.clickOn("#verification-import");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> persons.getItems().get(1).result().contains("有误"));
        assertThat(persons.getItems().get(0).result()).contains("正确");
        assertThat(persons.getItems().get(1).result()).contains("出生日期=1901-01-01");
        assertThat(robot.lookup("#verification-result").queryAs(Label.class).getText())
                .contains("已从文件录入：人员 2 人");
    }
}
