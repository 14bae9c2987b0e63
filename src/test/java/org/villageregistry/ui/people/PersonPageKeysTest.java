package org.villageregistry.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.TimelineEntry;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.session.Session;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.ui.events.EventsRegister;
import org.villageregistry.ui.shell.ScreenContext;

/** On 王老汉's page, with his death chosen in the timeline, the registrar's Alt keys each do one thing. */
@ExtendWith(ApplicationExtension.class)
class PersonPageKeysTest {
    @TempDir
    static Path temp;
    private PeopleScreen screen;
    private Person grandpa;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        Session session = EventsRegister.session(temp.resolve("village-" + java.util.UUID.randomUUID()));
        RegisterServices services = session.services();
        grandpa = services.persons().register(EventsRegister.adult("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5), 15)
                .build());
        services.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 3, 10), null, null,
                EventSource.SELF_REPORT));
        screen = new PeopleScreen(new ScreenContext(session, new SameThreadTaskExecutor(), new NowhereNavigator()));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1000, 700));
        stage.show();
    }

    @Test
    void noTwoControlsOfThePersonPageAnswerTheSameAltKey(FxRobot robot) throws Exception {
        openWithTheDeathChosen(robot);

        Scene scene = robot.lookup("#person-detail").query().getScene();
        assertThat(scene.getMnemonics()).isNotEmpty();
        scene.getMnemonics().forEach((key, controls) ->
                assertThat(controls).as("controls answering %s", key.getName()).hasSize(1));
    }

    @Test
    void altEWithAnEventChosenOpensTheEditFormNotTheEventCorrection(FxRobot robot) throws Exception {
        openWithTheDeathChosen(robot);

        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(screen.detailViewModel().editingProperty().get()).isTrue();
        assertThat(robot.lookup("#correct-date").tryQuery()).isEmpty();
    }

    @Test
    void altVOpensTheChosenEventInItsCorrectionForm(FxRobot robot) throws Exception {
        openWithTheDeathChosen(robot);

        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#correct-date").tryQuery()).isPresent();
        assertThat(screen.detailViewModel().editingProperty().get()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void escOnTheEditFormAsksBeforeThrowingAwayATypedName(FxRobot robot) {
        robot.interact(() -> screen.open(grandpa.id()));
        robot.clickOn("#person-edit");
        robot.clickOn("#person-name-field").type(KeyCode.END).write("甲");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#discard-question").tryQuery()).isPresent();
        robot.clickOn("继续填写");
        assertThat(screen.detailViewModel().editingProperty().get()).isTrue();
        assertThat(robot.lookup("#person-name-field").queryAs(TextField.class).getText()).isEqualTo("王老汉甲");

        robot.clickOn("#person-name-field").type(KeyCode.ESCAPE);
        robot.clickOn("放弃");
        assertThat(screen.detailViewModel().editingProperty().get()).isFalse();
        assertThat(robot.lookup("#person-detail").tryQuery()).as("Esc closed the form, not the page").isPresent();
    }

    @Test
    void escInTheVoidReasonGoesBackToTheListAsEverywhereOnThePage(FxRobot robot) {
        robot.interact(() -> screen.open(grandpa.id()));

        robot.clickOn("#person-void-reason").type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#person-detail").tryQuery()).isEmpty();
    }

    @Test
    void escOnTheEditFormWithNothingChangedClosesItWithoutAsking(FxRobot robot) {
        robot.interact(() -> screen.open(grandpa.id()));
        robot.clickOn("#person-edit");

        robot.clickOn("#person-name-field").type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#discard-question").tryQuery()).isEmpty();
        assertThat(screen.detailViewModel().editingProperty().get()).isFalse();
    }

    @Test
    void theCancelButtonAsksTheSameQuestion(FxRobot robot) {
        robot.interact(() -> screen.open(grandpa.id()));
        robot.clickOn("#person-edit");
        robot.clickOn("#person-name-field").type(KeyCode.END).write("甲");

        robot.clickOn(Messages.get("people.cancel"));

        assertThat(robot.lookup("#discard-question").tryQuery()).isPresent();
        robot.clickOn("继续填写");
        assertThat(screen.detailViewModel().editingProperty().get()).isTrue();
    }

    @Test
    void voidingTheRecordAsksFirstNamingThePersonAndSayingItCannotBeUndone(FxRobot robot) {
        robot.interact(() -> screen.open(grandpa.id()));
        robot.clickOn("#person-void-reason").write("重档");

        robot.clickOn("#person-void");
        assertThat(robot.lookup("#yes-no-question").tryQuery()).isPresent();
        assertThat(robot.lookup("#yes-no-question").queryAs(DialogPane.class).getContentText())
                .contains("王老汉", "重档", "无法撤销");
        robot.clickOn("否");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.detailViewModel().fileProperty().get().person().isVoided()).as("not voided").isFalse();

        robot.clickOn("#person-void");
        robot.clickOn("是");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.detailViewModel().fileProperty().get().person().isVoided()).isTrue();
        // a voided record is history: no correcting or voiding it again, and it says it is no longer in the register
        assertThat(robot.lookup("#person-void").query().getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#person-edit").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("档案已作废（不在台账中）"));
    }

    @Test
    void withoutAReasonNothingIsAsked(FxRobot robot) {
        robot.interact(() -> screen.open(grandpa.id()));

        robot.clickOn("#person-void");

        assertThat(robot.lookup("#yes-no-question").tryQuery()).isEmpty();
        assertThat(screen.detailViewModel().errorProperty().get()).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private void openWithTheDeathChosen(FxRobot robot) throws Exception {
        robot.interact(() -> screen.open(grandpa.id()));
        TableView<TimelineEntry> timeline = robot.lookup("#person-timeline").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(e -> e.type() == EntityType.DEATH));
        robot.interact(() -> {
            for (int i = 0; i < timeline.getItems().size(); i++) {
                if (timeline.getItems().get(i).type() == EntityType.DEATH) {
                    timeline.getSelectionModel().select(i);
                }
            }
            timeline.requestFocus();
        });
        assertThat(robot.lookup("#person-correct-event").query().isDisabled()).isFalse();
    }
}
