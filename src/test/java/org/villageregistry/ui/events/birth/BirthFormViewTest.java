package org.villageregistry.ui.events.birth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.events.EventsRegister;

@ExtendWith(ApplicationExtension.class)
class BirthFormViewTest {
    @TempDir
    static Path home;
    private RegisterServices services;
    private Person mother;
    private BirthFormView view;
    private final List<UUID> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        services = EventsRegister.openBelow(home);
        mother = EventsRegister.mother(services);
        EventsRegister.father(services);
        view = new BirthFormView(new BirthFormModel(services.births(), services.persons(),
                new SameThreadTaskExecutor()), opened::add);
        stage.setScene(new Scene(view, 900, 820));
        stage.show();
        view.focusFirst();
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    @Test
    void aRegistrarEntersABirthWithTheKeyboardOnly(FxRobot robot) {
        robot.write("lxy").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).write("zjg").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("39");
        robot.type(KeyCode.TAB).write("张小龙");
        robot.type(KeyCode.TAB).write("1");
        robot.type(KeyCode.TAB).write("202611100815");
        robot.type(KeyCode.TAB).write("3300");
        robot.type(KeyCode.TAB).write("Q410012345");
        robot.type(KeyCode.TAB).write("健康");
        assertThat(robot.lookup("#child0-order").queryAs(Label.class).getText()).isEqualTo("孩次：第 1 孩");

        robot.type(KeyCode.ENTER);

        Label saved = robot.lookup("#saved-message").queryAs(Label.class);
        assertThat(saved.isVisible()).isTrue();
        assertThat(saved.getText()).isEqualTo("已登记出生：张小龙（第 1 孩）");
        assertThat(services.register().births().byMother(mother.id())).singleElement()
                .satisfies(b -> assertThat(b.weightGrams()).isEqualTo(3300))
                .satisfies(b -> assertThat(b.gestationWeeks()).isEqualTo(39))
                .satisfies(b -> assertThat(b.sex()).isEqualTo(Sex.MALE))
                .extracting(Birth::fatherId).isNotNull();
        assertThat(robot.lookup("#mother").queryAs(TextField.class).getText()).isEmpty();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mother").queryAs(TextField.class).isFocused())
                .as("the next birth is typed from the first field, not from where the last one ended").isTrue();

        robot.clickOn("#open-person");
        assertThat(opened).containsExactly(services.register().births().byMother(mother.id()).get(0).childId());
    }

    @Test
    void oneClickOnAHitPicksTheMother(FxRobot robot) {
        robot.write("lxy");
        robot.clickOn(robot.lookup("#mother-hits .list-cell").nth(0).queryAs(javafx.scene.Node.class));

        assertThat(robot.lookup("#mother").queryAs(TextField.class).getText()).startsWith(mother.name() + "（");
        assertThat(robot.lookup("#mother-hits").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
    }

    @Test
    void aFutureTimeOfBirthIsShownOnTopAndEverythingTypedStays(FxRobot robot) {
        robot.write("lxy").type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).write("王小");
        robot.type(KeyCode.TAB).write("2");
        robot.type(KeyCode.TAB).write("20261201 0900");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#form-problems").query().isVisible()).isTrue();
        assertThat(robot.lookup("#child0-born-at").queryAs(TextField.class).getText()).isEqualTo("20261201 0900");
        assertThat(robot.lookup("#child0-name").queryAs(TextField.class).getText()).isEqualTo("王小");
        assertThat(services.register().births().byMother(mother.id())).isEmpty();

        robot.clickOn("#child0-born-at").eraseText(13).write("20261110 0900").type(KeyCode.ENTER);

        assertThat(robot.lookup("#saved-message").queryAs(Label.class).getText()).startsWith("已登记出生：王小");
    }

    @Test
    void escOnATypedFormAsksBeforeThrowingItAway(FxRobot robot) {
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB).write("张三丰");
        robot.type(KeyCode.ESCAPE);

        assertThat(robot.lookup("#discard-question").tryQuery()).isPresent();
        robot.clickOn("继续填写");
        assertThat(robot.lookup("#child0-name").queryAs(TextField.class).getText()).isEqualTo("张三丰");

        robot.clickOn("#child0-name").type(KeyCode.ESCAPE);
        robot.clickOn("放弃");
        assertThat(robot.lookup("#child0-name").queryAs(TextField.class).getText()).isEmpty();
    }
}
