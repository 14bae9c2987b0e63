package org.villageregistry.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.CorrectionReason;
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

/** From a person's timeline the registrar opens a death in its form, is stopped at a wrong date, then corrects it. */
@ExtendWith(ApplicationExtension.class)
class EventCorrectionFromTimelineTest {
    @TempDir
    static Path temp;
    private PeopleScreen screen;
    private RegisterServices services;
    private Person grandpa;
    private Death death;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        Session session = EventsRegister.session(temp.resolve("village-" + java.util.UUID.randomUUID()));
        services = session.services();
        grandpa = services.persons().register(EventsRegister.adult("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5), 15)
                .build());
        death = services.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 3, 10), null, null,
                EventSource.SELF_REPORT));
        screen = new PeopleScreen(new ScreenContext(session, new SameThreadTaskExecutor(), new NowhereNavigator()));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1000, 700));
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDeathOpensPrefilledAWrongDateIsMarkedAndTheCorrectedDateShowsInTheTimeline(FxRobot robot)
            throws Exception {
        robot.interact(() -> screen.open(grandpa.id()));
        TableView<TimelineEntry> timeline = robot.lookup("#person-timeline").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(e -> e.type() == EntityType.DEATH));
        int row = indexOfDeath(timeline);
        robot.interact(() -> {
            timeline.requestFocus();
            timeline.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TextField date = robot.lookup("#correct-date").queryAs(TextField.class);
        assertThat(date.getText()).isEqualTo("2026-03-10");
        assertThat(date.getScene().getWindow()).isNotSameAs(timeline.getScene().getWindow());
        robot.interact(() -> date.setText(""));
        robot.clickOn(date).write("1939-12-01");
        ComboBox<CorrectionReason> reason = robot.lookup("#correct-reason").queryAs(ComboBox.class);
        robot.interact(() -> reason.getSelectionModel().select(CorrectionReason.DOCUMENT));
        robot.clickOn("#correct-place").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Node problems = robot.lookup("#form-problems").query();
        assertThat(problems.isVisible()).isTrue();
        assertThat(robot.lookup("#form-problems .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("1939-12-01").contains("1940-01-05"));
        assertThat(date.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(date.isFocused()).isTrue();
        assertThat(stored().date()).isEqualTo(LocalDate.of(2026, 3, 10));
        java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shot.set(javafx.embed.swing.SwingFXUtils.fromFXImage(date.getScene().snapshot(null), null)));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(shot.get(), "png",
                java.nio.file.Path.of("target", "screenshots", "event-correction-refused.png").toFile());

        assertThat(robot.from(date.getScene().getRoot()).lookup("#clear").queryAs(javafx.scene.control.Button.class)
                .getText()).as("the button puts back what is recorded").startsWith("还原");

        robot.interact(() -> date.setText(""));
        robot.clickOn(date).write("2026-04-10").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .noneMatch(w -> w.getScene() != null && w.getScene().lookup("#event-correction") != null));
        assertThat(stored().date()).isEqualTo(LocalDate.of(2026, 4, 10));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(e -> e.type() == EntityType.DEATH && e.date().equals(LocalDate.of(2026, 4, 10))));
        assertThat(screen.detailViewModel().messageProperty().get()).contains("已更正死亡登记");
    }

    @Test
    @SuppressWarnings("unchecked")
    void escapeWithNothingTypedClosesTheFormAndAChangeOfPersonsRecordIsNotAnEvent(FxRobot robot)
            throws Exception {
        robot.interact(() -> screen.open(grandpa.id()));
        TableView<TimelineEntry> timeline = robot.lookup("#person-timeline").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(e -> e.type() == EntityType.DEATH));
        Node button = robot.lookup("#person-correct-event").query();
        int change = indexOf(timeline, e -> e.isChange());
        robot.interact(() -> timeline.getSelectionModel().select(change));
        assertThat(button.isDisabled()).isTrue();

        robot.interact(() -> timeline.getSelectionModel().select(indexOfDeath(timeline)));
        assertThat(button.isDisabled()).isFalse();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#correct-date").tryQuery()).isPresent();
        assertThat(robot.lookup("#event-correction").query().getStyle())
                .as("a window of its own gets the Chinese font itself").contains("-fx-font-family");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#correct-date").tryQuery()).isEmpty();
        assertThat(stored().version()).isEqualTo(death.version());
    }

    private Death stored() {
        return services.register().transactions().read(() -> services.register().deaths().get(death.id()));
    }

    private static int indexOfDeath(TableView<TimelineEntry> timeline) {
        return indexOf(timeline, e -> e.type() == EntityType.DEATH);
    }

    private static int indexOf(TableView<TimelineEntry> timeline, java.util.function.Predicate<TimelineEntry> which) {
        for (int i = 0; i < timeline.getItems().size(); i++) {
            if (which.test(timeline.getItems().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such entry in " + timeline.getItems());
    }
}
