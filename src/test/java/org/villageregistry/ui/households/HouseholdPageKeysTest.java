package org.villageregistry.ui.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.TablePlaceholders;
import org.villageregistry.ui.events.EventsRegister;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** On 张建国's household page the registrar goes back with Esc, as its button says, and opens a member by mouse. */
@ExtendWith(ApplicationExtension.class)
class HouseholdPageKeysTest {
    @TempDir
    static Path home;
    private RegisterServices services;
    private HouseholdsScreen screen;
    private HouseholdFile family;
    private final List<UUID> openedPersons = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        services = EventsRegister.openBelow(home);
        family = services.households().add(new NewHousehold(null, "一组", "柳树村一组 12 号", HukouType.AGRICULTURAL,
                LocalDate.of(2015, 1, 1), List.of(
                        EventsRegister.adult("张建国", Sex.MALE, LocalDate.of(1993, 8, 9), 1)
                                .relation(RelationToHead.HEAD).build(),
                        EventsRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1995, 4, 2), 2)
                                .relation(RelationToHead.SPOUSE).build())));
        screen = new HouseholdsScreen(new ScreenContext(org.villageregistry.app.TestSessions.of(services.register(),
                services.clock()), new SameThreadTaskExecutor(), new Navigator() {
            @Override
            public void showPerson(UUID personId) {
                openedPersons.add(personId);
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
    void escInTheMembersTableGoesBackToTheHouseholdList(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot)).as("the page opens with the cursor in its members").isEqualTo("household-members");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#household-detail").tryQuery()).isEmpty();
        assertThat(robot.lookup("#households-search").tryQuery()).isPresent();
    }

    @Test
    void escOnTheBackButtonGoesBackToo(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));
        robot.interact(() -> robot.lookup("#household-back").query().requestFocus());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#household-detail").tryQuery()).isEmpty();
    }

    @Test
    void doubleClickingAMemberOpensThatPersonLikeEnter(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));
        Person wife = family.members().get(1);

        robot.doubleClickOn("李秀英");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(openedPersons).containsExactly(wife.id());
    }

    @Test
    void doubleClickingTheLeavingBoxTicksItTwiceAndOpensNobody(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));

        robot.clickOn(leavingBox(robot, 1));
        assertThat(leavingBox(robot, 1).isSelected()).isTrue();
        robot.sleep(1000);

        robot.doubleClickOn(leavingBox(robot, 1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(leavingBox(robot, 1).isSelected()).isTrue();
        assertThat(openedPersons).isEmpty();
    }

    @Test
    void leavingThePageWithAMemberTickedToSplitOffAsksFirst(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));
        robot.clickOn(leavingBox(robot, 1));

        robot.clickOn("#household-back");
        assertThat(robot.lookup("#discard-question").tryQuery()).isPresent();
        robot.clickOn("继续填写");
        assertThat(robot.lookup("#household-detail").tryQuery()).as("still on the page").isPresent();
        assertThat(leavingBox(robot, 1).isSelected()).as("the tick kept").isTrue();

        robot.interact(() -> robot.lookup("#household-back").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("放弃");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#household-detail").tryQuery()).isEmpty();
    }

    @Test
    void movingTheWholeHouseholdOutAsksFirst(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));
        robot.clickOn(Messages.get("households.move"));

        robot.clickOn("#household-move-confirm");
        assertThat(robot.lookup("#yes-no-question").tryQuery()).isPresent();
        assertThat(robot.lookup("#yes-no-question").queryAs(DialogPane.class).getContentText())
                .contains(family.household().number(), "张建国", "2 人");
        robot.clickOn("否");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#household-members").queryAs(TableView.class).getItems()).as("nobody moved")
                .hasSize(2);

        robot.clickOn("#household-move-confirm");
        robot.clickOn("是");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#household-members").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    void aMoveDayThatIsNoDayIsQuotedAndNobodyMoves(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));
        robot.clickOn(Messages.get("households.move"));
        robot.interact(() -> robot.lookup("#household-move-date").queryAs(javafx.scene.control.DatePicker.class)
                .getEditor().setText("2026-02-30"));

        robot.clickOn("#household-move-confirm");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#yes-no-question").tryQuery()).as("nothing asked").isEmpty();
        assertThat(robot.lookup("#household-move-date-problem").queryAs(javafx.scene.control.Label.class).getText())
                .contains("“2026-02-30”");
        assertThat(robot.lookup("#household-members").queryAs(TableView.class).getItems()).as("nobody moved")
                .hasSize(2);
    }

    @Test
    void anEmptiedMembersTableSaysSoInChinese(FxRobot robot) {
        robot.interact(() -> screen.open(family.household().id()));
        List<String> before = new ArrayList<>();
        robot.interact(() -> before.addAll(TablePlaceholders.inEnglish((Parent) screen.view())));
        assertThat(before).as("tables that would say \"No content in table\"").isEmpty();

        robot.clickOn(Messages.get("households.move"));
        robot.clickOn("#household-move-confirm");
        robot.clickOn("是");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> members = robot.lookup("#household-members").queryAs(TableView.class);
        assertThat(members.getItems()).isEmpty();
        assertThat(((Labeled) members.getPlaceholder()).getText()).isEqualTo(Messages.get("households.members.none"));
    }

    /** The 分出 box of a member's row (the table draws its rows anew when one is ticked). */
    private static CheckBox leavingBox(FxRobot robot, int row) {
        return robot.lookup("#household-members .check-box").nth(row).queryAs(CheckBox.class);
    }

    /** The id of the node that typing goes to. */
    private static String focusOwner(FxRobot robot) {
        Node owner = robot.lookup("#household-detail").query().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
