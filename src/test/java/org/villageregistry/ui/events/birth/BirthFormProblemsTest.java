package org.villageregistry.ui.events.birth;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.events.EventsRegister;

/**
 * What a registrar sees after a save is refused: each wrong field framed in red, the cursor in the first of them
 * (scrolled into view), each message once, the newborn's missing 性别 among them, and Enter saving again rather
 * than offering to throw the form away. Saves run on a held-back executor, as they run off the UI thread.
 */
@ExtendWith(ApplicationExtension.class)
class BirthFormProblemsTest {
    @TempDir
    static Path home;
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private RegisterServices services;
    private Person mother;
    private BirthFormModel model;
    private BirthFormView view;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        services = EventsRegister.openBelow(home);
        mother = EventsRegister.mother(services);
        model = new BirthFormModel(services.births(), services.persons(), executor);
        view = new BirthFormView(model, id -> { });
        stage.setScene(new Scene(view, 900, 480));
        stage.show();
        view.focusFirst();
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    @Test
    void anEmptyNewbornSexIsFramedInRedAndTheCursorGoesToTheFirstWrongField(FxRobot robot) {
        robot.interact(() -> model.children().get(0).name().set("张小龙"));
        robot.clickOn("#child0-name").type(KeyCode.ENTER);
        robot.interact(executor::runPending);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.problems()).extracting(p -> p.field()).contains("child0.sex", "motherId");
        assertThat(framedInRed(robot.lookup("#child0-sex").queryAs(Control.class))).isTrue();
        assertThat(framedInRed(robot.lookup("#mother").queryAs(Control.class))).isTrue();
        assertThat(framedInRed(robot.lookup("#child0-name").queryAs(Control.class))).isFalse();
        assertThat(focusOwner()).as("the first wrong field, at the top").extracting(Node::getId).isEqualTo("mother");
    }

    @Test
    void aWrongFieldFarDownIsScrolledToAndFocused(FxRobot robot) {
        robot.interact(() -> {
            model.mother().pick(mother);
            model.addChild();
            model.addChild();
            for (int i = 0; i < 3; i++) {
                ChildEntry child = model.children().get(i);
                child.name().set("张小" + "龙虎豹".charAt(i));
                child.sex().set(Sex.MALE);
                child.bornAt().set(i < 2 ? "2026-11-10 08:15" : "2026-11-1O 08:15");
            }
        });
        robot.clickOn("#mother").type(KeyCode.ENTER);
        robot.interact(executor::runPending);
        WaitForAsyncUtils.waitForFxEvents();

        TextField wrong = robot.lookup("#child2-born-at").queryAs(TextField.class);
        assertThat(focusOwner()).isSameAs(wrong);
        assertThat(framedInRed(wrong)).isTrue();
        ScrollPane scroll = robot.lookup(".scroll-pane").queryAs(ScrollPane.class);
        Bounds visible = scroll.localToScene(scroll.getLayoutBounds());
        Bounds field = wrong.localToScene(wrong.getLayoutBounds());
        assertThat(field.getMinY()).as("the field is scrolled into view").isBetween(visible.getMinY(),
                visible.getMaxY() - field.getHeight());
    }

    @Test
    void aMessageIsListedOnceAndEnterAfterARefusedSaveSavesAgainInsteadOfAskingToDiscard(FxRobot robot) {
        robot.interact(() -> {
            model.mother().pick(mother);
            ChildEntry child = model.children().get(0);
            child.name().set("王小");
            child.sex().set(Sex.FEMALE);
            child.bornAt().set("20261201 0900");
        });
        robot.clickOn("#save");
        robot.interact(executor::runPending);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> listed = robot.lookup("#form-problems").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(listed).filteredOn(t -> t.contains("2026-12-01")).as("listed: %s", listed).hasSize(1);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).as("no discard question").hasSize(1);
        robot.interact(executor::runPending);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.children().get(0).bornAt().get()).isEqualTo("20261201 0900");
        assertThat(model.problems()).isNotEmpty();
    }

    private static Node focusOwner() {
        return Window.getWindows().get(0).getScene().getFocusOwner();
    }

    /** AtlantaFX draws a control's border as its first background layer: red when the control is marked wrong. */
    private static boolean framedInRed(Control control) {
        if (!control.getPseudoClassStates().contains(Styles.STATE_DANGER)) {
            return false;
        }
        return control.getBackground() != null && control.getBackground().getFills().get(0).getFill()
                instanceof Color c && c.getRed() > c.getGreen() + 0.3 && c.getRed() > c.getBlue() + 0.3;
    }
}
