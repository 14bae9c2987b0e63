package org.villageregistry.ui.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.events.EventsRegister;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** Starting a new household from the 立户 button or with Ctrl+N puts the cursor in the same field. */
@ExtendWith(ApplicationExtension.class)
class NewHouseholdStartTest {
    @TempDir
    static Path home;
    private RegisterServices services;
    private HouseholdsScreen screen;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        services = EventsRegister.openBelow(home);
        screen = new HouseholdsScreen(new ScreenContext(org.villageregistry.app.TestSessions.of(services.register(),
                services.clock()), new SameThreadTaskExecutor(), new Navigator() {
            @Override
            public void showPerson(UUID personId) {
            }

            @Override
            public void showHousehold(UUID householdId) {
            }

            @Override
            public void show(Class<? extends Screen> screenType) {
            }
        }));
        stage.setScene(new Scene((Parent) screen.view(), 1200, 600));
        stage.show();
        screen.onShow();
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    @Test
    void theAddButtonPutsTheCursorInTheHeadsName(FxRobot robot) {
        robot.clickOn("#households-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot)).isEqualTo("member-name-0");
    }

    @Test
    void ctrlNPutsTheCursorInTheSameField(FxRobot robot) {
        robot.clickOn("#households-search");
        robot.interact(screen::startNew);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot)).isEqualTo("member-name-0");
    }

    @Test
    void theHouseholdNumberHintShowsWhileTheFieldIsEmptyEvenWithTheCursorInIt(FxRobot robot) {
        robot.interact(screen::startNew);
        robot.clickOn("#household-add-number");
        WaitForAsyncUtils.waitForFxEvents();
        TextField number = robot.lookup("#household-add-number").queryAs(TextField.class);
        assertThat(number.isFocused()).isTrue();
        assertThat(visibleHint(number)).as("the hint 户号（留空自动编号） is drawn").isTrue();
    }

    /** The id of the field that typing goes to. */
    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#household-add").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /** Whether the field's skin draws its prompt text in a colour one can see. */
    private static boolean visibleHint(TextField field) {
        for (Node n : field.lookupAll("Text")) {
            if (n instanceof Text text && field.getPromptText().equals(text.getText()) && text.isVisible()
                    && text.getFill() instanceof Color c && c.getOpacity() > 0.2) {
                return true;
            }
        }
        return false;
    }
}
