package org.villageregistry.ui.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.app.TestSessions;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.domain.workstation.WorkstationSetup;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.events.EventsRegister;
import org.villageregistry.ui.shell.WorkstationWindow;

/** A finding opened to fix from 数据质量: Esc on the person page goes back to the findings, not to 人员. */
@ExtendWith(ApplicationExtension.class)
class FixAndBackTest {
    @TempDir
    static Path folder;
    private WorkstationWindow window;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        H2RegisterStore store = new H2RegisterStore();
        Path home = folder.resolve("willow-" + System.nanoTime());
        try (Register r = store.create(home, new WorkstationSetup(WorkstationRole.VILLAGE,
                DivisionCode.of(EventsRegister.VILLAGE), "柳树村"), "admin", "secret-1".toCharArray())) {
            // married, with no 初婚日期: a marital finding to fix
            r.transactions().write(() -> r.persons().save(EventsRegister.adult("王芳", Sex.FEMALE,
                    LocalDate.of(1990, 4, 4), 2).owner(EventsRegister.VILLAGE).maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(null)
                    .build()));
        }
        window = new WorkstationWindow(home, List.of(), folder.resolve("copies"),
                TestSessions.program(store, Clock.systemDefaultZone()), TestSessions.SCREENS,
                new SameThreadTaskExecutor(), Runnable::run);
        stage.setScene(new Scene(window, 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        javafx.application.Platform.runLater(window::closeRegister);
    }

    @Test
    void escapeAfterAFixGoesBackToTheFindings(FxRobot robot) {
        robot.clickOn("#user-name").write("admin");
        robot.clickOn("#password").write("secret-1");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#nav-screen-quality");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> findings = robot.lookup("#quality-findings").queryAs(TableView.class);
        assertThat(findings.getItems()).isNotEmpty();
        robot.interact(() -> findings.getSelectionModel().selectFirst());
        robot.clickOn(findings).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot, "#nav-screen-people")).as("the person opened to fix").isTrue();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot, "#nav-screen-quality")).as("back on 数据质量").isTrue();

        robot.clickOn("#nav-screen-people");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#people-search").tryQuery()).as("人员 shows its list again").isPresent();
    }

    @Test
    void theFindingsAreWorkedThroughWithTheKeyboardFromTheMomentTheScreenShows(FxRobot robot) {
        robot.clickOn("#user-name").write("admin");
        robot.clickOn("#password").write("secret-1");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#nav-screen-quality");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> groups = robot.lookup("#quality-groups")
                .queryAs(javafx.scene.control.ListView.class);
        assertThat(groups.isFocused()).as("the kinds of finding have the keyboard").isTrue();
        assertThat(groups.getSelectionModel().getSelectedIndex()).isZero();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> findings = robot.lookup("#quality-findings").queryAs(TableView.class);
        assertThat(findings.isFocused()).isTrue();
        assertThat(findings.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot, "#nav-screen-people")).as("the person opened to fix").isTrue();
        try {
            // the person's form opens at the field to fix once the record is read
            javafx.scene.Scene window = robot.lookup("#nav-screen-people").query().getScene();
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window
                    .getFocusOwner() instanceof javafx.scene.control.TextInputControl
                    || window.getFocusOwner() instanceof javafx.scene.control.ComboBoxBase);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no field of the person's form took the keyboard", e);
        }

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected(robot, "#nav-screen-quality")).isTrue();
        assertThat(groups.isFocused()).as("back at the list, keyboard and all").isTrue();
    }

    private static boolean selected(FxRobot robot, String nav) {
        return robot.lookup(nav).queryAs(ToggleButton.class).isSelected();
    }
}
