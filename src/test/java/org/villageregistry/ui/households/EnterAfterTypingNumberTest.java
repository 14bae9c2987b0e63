package org.villageregistry.ui.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.ui.events.EventsRegister;
import org.villageregistry.ui.shell.ScreenContext;

/** The registrar types a household number and presses Enter at once: the one household found opens. */
@ExtendWith(ApplicationExtension.class)
class EnterAfterTypingNumberTest {
    @TempDir
    static Path home;
    private RegisterServices services;
    private HouseholdFile third;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        services = EventsRegister.openBelow(home);
        household("张建国", 1);
        household("王大军", 3);
        third = household("刘志强", 5);
        HouseholdsScreen screen = new HouseholdsScreen(new ScreenContext(org.villageregistry.app.TestSessions.of(
                services.register(), services.clock()), new SameThreadTaskExecutor(), new NowhereNavigator()));
        stage.setScene(new Scene((Parent) screen.view(), 1200, 600));
        stage.show();
        screen.onShow();
    }

    private HouseholdFile household(String head, int order) {
        return services.households().add(new NewHousehold(null, "一组", "柳树村一组 " + order + " 号",
                HukouType.AGRICULTURAL, LocalDate.of(2015, 1, 1), List.of(EventsRegister.adult(head, Sex.MALE,
                LocalDate.of(1980, 1, order), order).relation(RelationToHead.HEAD).build())));
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    @Test
    void enterRightAfterTypingTheNumberOpensThatHousehold(FxRobot robot) throws Exception {
        typeThenPress(robot, third.household().number(), KeyCode.ENTER);

        assertThat(robot.lookup("#household-detail").tryQuery()).as("刘志强's household is open").isPresent();
        assertThat(robot.lookup("刘志强").tryQuery()).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSearchThatFindsNoHouseholdSaysSoInHouseholds(FxRobot robot) throws Exception {
        typeThenPress(robot, "9999", KeyCode.ENTER);

        TableView<HouseholdRow> table = robot.lookup("#households-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(((Labeled) table.getPlaceholder()).getText()).isEqualTo("没有户");
    }

    private void typeThenPress(FxRobot robot, String text, KeyCode key) throws Exception {
        TextField search = robot.lookup("#households-search").queryAs(TextField.class);
        robot.interact(() -> {
            search.requestFocus();
            search.setText(text);
            search.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
        });
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
