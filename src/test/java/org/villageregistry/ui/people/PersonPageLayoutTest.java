package org.villageregistry.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.session.Session;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.ui.events.EventsRegister;
import org.villageregistry.ui.shell.ScreenContext;

/**
 * The person's page with its edit form open, in the room a 1366×768 screen leaves it: nothing drawn over anything
 * else, the timeline still readable, the page scrolled rather than pushed off the window.
 */
@ExtendWith(ApplicationExtension.class)
class PersonPageLayoutTest {
    @TempDir
    static Path temp;
    private PeopleScreen screen;
    private Person person;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        Session session = EventsRegister.session(temp.resolve("village-" + java.util.UUID.randomUUID()));
        RegisterServices services = session.services();
        person = services.persons().register(EventsRegister.adult("徐梅", Sex.FEMALE, LocalDate.of(1990, 2, 15), 4)
                .build());
        screen = new PeopleScreen(new ScreenContext(session, new SameThreadTaskExecutor(), new NowhereNavigator()));
        // the shell's navigation and top bar take about 180 × 60 pixels of the screen
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1180, 700));
        stage.show();
    }

    @Test
    void theEditFormOpenLeavesTheTimelineAndTheVoidRowApartAndThePageInTheWindow(FxRobot robot) {
        robot.interact(() -> screen.open(person.id()));
        robot.clickOn("#person-edit");
        WaitForAsyncUtils.waitForFxEvents();

        Bounds timeline = sceneBounds(robot.lookup("#person-timeline").query());
        Bounds voiding = sceneBounds(robot.lookup("#person-void-reason").query());
        Bounds form = sceneBounds(robot.lookup("#person-name-field").query());
        assertThat(timeline.getHeight()).isGreaterThanOrEqualTo(150);
        assertThat(voiding.getMinY()).as("the void row is below the timeline").isGreaterThanOrEqualTo(timeline.getMaxY());
        assertThat(timeline.getMinY()).as("the timeline is below the form").isGreaterThan(form.getMaxY());
        assertThat(sceneBounds(robot.lookup("#person-back").query()).getMinY()).as("the page's top is in the window")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void aLongMessageBesideAFieldIsShownWhole(FxRobot robot) {
        robot.interact(() -> screen.open(person.id()));
        robot.clickOn("#person-edit");
        robot.interact(() -> robot.lookup("#person-first-marriage-field").queryAs(javafx.scene.control.TextField.class)
                .setText("2031-01-01"));
        robot.clickOn("#person-name-field").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.Label problem = robot.lookup("#problem-firstMarriageDate").queryAs(
                javafx.scene.control.Label.class);
        assertThat(problem.getText()).contains("2031-01-01");
        String shown = ((javafx.scene.text.Text) problem.lookup(".text")).getText();
        assertThat(shown.replace("\n", "")).as("the label's text as drawn").isEqualTo(problem.getText());
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
