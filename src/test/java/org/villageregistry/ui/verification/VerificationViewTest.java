package org.villageregistry.ui.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.service.verification.SampleTownshipRegister;
import org.villageregistry.session.Session;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;

/**
 * 青山镇's clerk at the desktop: a bad number of households is refused, a draw shows its households' members, a
 * wrong birth date and a woman not registered are entered, the rest marked correct, and the figures appear. Set
 * VREG_SHOTS to a folder to keep a picture of the screen.
 */
@ExtendWith(ApplicationExtension.class)
class VerificationViewTest {
    private Register register;
    private Session session;
    private VerificationViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Messages.setLocale(Messages.CHINESE);
        Path temp = Files.createTempDirectory("verification-view");
        register = SampleTownshipRegister.open(temp);
        session = TestSessions.of(register, SampleTownshipRegister.CLOCK);
        DesktopTheme.apply();
        vm = new VerificationViewModel(session.verification(), session.reports(), new SameThreadTaskExecutor(),
                Runnable::run, LocalDate.of(2026, 11, 30));
        vm.refresh();
        stage.setScene(new Scene(new VerificationView(vm, new Choosers(new LastFolder(temp))), 1166, 680));
        stage.show();
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClerkDrawsEntersWhatTheTeamFoundAndSeesTheFigures(FxRobot robot) throws Exception {
        TableView<VerificationLines.VerificationLine> list = robot.lookup("#verification-list").queryAs(TableView.class);
        assertThat(list.getItems()).isEmpty();
        assertThat(robot.lookup("#verification-seed").queryTextInputControl().getText()).isEqualTo("20261130");

        robot.doubleClickOn("#verification-households").write("0");
        robot.clickOn("#verification-draw");
        assertThat(robot.lookup("#verification-error").queryAs(Label.class).getText())
                .contains("每村抽取的户数必须大于 0").contains("“0”");
        assertThat(list.getItems()).isEmpty();

        robot.doubleClickOn("#verification-households").write("3");
        robot.doubleClickOn("#verification-seed").write("77").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertThat(robot.lookup("#verification-result").queryAs(Label.class).getText()).contains("随机种子 77")
                .contains("共 6 户");
        TableView<VerificationLines.PersonLine> persons = robot.lookup("#verification-persons").queryAs(TableView.class);
        int drawn = persons.getItems().size();
        assertThat(drawn).isPositive();

        robot.doubleClickOn("#verification-person").write("999").type(KeyCode.ENTER);
        assertThat(robot.lookup("#verification-error").queryAs(Label.class).getText()).contains("“999”");

        robot.interact(() -> persons.getSelectionModel().select(0));
        assertThat(robot.lookup("#verification-person").queryTextInputControl().getText()).isEqualTo("1");
        robot.interact(() -> {
            ((ComboBox<PersonOutcome>) robot.lookup("#verification-outcome").query()).setValue(PersonOutcome.WRONG);
            ((ComboBox<CheckedField>) robot.lookup("#verification-field").query()).setValue(CheckedField.BIRTH_DATE);
        });
        robot.clickOn("#verification-value").write("1901-01-01").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> persons.getItems().get(0).result().contains("有误"));
        assertThat(persons.getItems().get(0).result()).contains("出生日期=1901-01-01");
        assertThat(robot.lookup("#verification-person").queryTextInputControl().getText()).as("on to the next")
                .isEqualTo("2");

        robot.doubleClickOn("#verification-household").write("1");
        robot.clickOn("#verification-found-name").write("张丽");
        robot.clickOn("#verification-found-birth").write("1990-05-01");
        robot.clickOn("#verification-found-married");
        robot.clickOn("#verification-add-found");
        ListView<String> found = robot.lookup("#verification-found").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> found.getItems().size() == 1);
        assertThat(found.getItems().get(0)).contains("漏登").contains("张丽").contains("已婚");

        robot.clickOn("#verification-rest");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().get(0).state().equals("已完成"));
        TabPane tabs = robot.lookup("#verification-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<VerificationLines.RateLine> rates = robot.lookup("#verification-rates").queryAs(TableView.class);
        assertThat(rates.getItems()).anySatisfy(r -> {
            assertThat(r.figure()).isEqualTo("数据库信息准确率");
            assertThat(r.counts()).isEqualTo((drawn - 1) + "/" + drawn);
            assertThat(r.interval()).contains("%–");
        });
        assertThat(rates.getItems()).anySatisfy(r -> assertThat(r.figure()).isEqualTo("出生日期错误率"));
        shoot(robot, "verification-rates.png");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        shoot(robot, "verification-enter.png");
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        String folder = System.getenv("VREG_SHOTS");
        if (folder == null) {
            return;
        }
        var picture = new java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage>();
        robot.interact(() -> picture.set(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null)));
        ImageIO.write(picture.get(), "png", Path.of(folder).resolve(name).toFile());
    }
}
