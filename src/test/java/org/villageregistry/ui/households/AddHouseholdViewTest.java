package org.villageregistry.ui.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;

@ExtendWith(ApplicationExtension.class)
class AddHouseholdViewTest {
    private Register register;
    private Path home;
    private RegisterServices services;
    private final List<HouseholdFile> saved = new ArrayList<>();
    private int cancelled;
    private AddHouseholdViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("add-household-view");
        register = VillageRegister.open(home, HouseholdViewModelsTest.CLOCK);
        services = new RegisterServices(register, HouseholdViewModelsTest.CLOCK);
        DesktopTheme.apply();
        viewModel = new AddHouseholdViewModel(services.households(), services.moves(),
                new SameThreadTaskExecutor(), HouseholdViewModelsTest.CLOCK);
        viewModel.onSaved(saved::add);
        stage.setScene(new Scene(new AddHouseholdView(viewModel, () -> cancelled++), 1200, 560));
        stage.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        TestStores.closeAndDelete(register, home);
    }

    private void typeMember(FxRobot robot, String name, String born, int relationSteps) {
        robot.write(name).type(KeyCode.TAB);
        robot.type(KeyCode.DOWN).type(KeyCode.TAB);            // sex: the first choice, 男
        robot.write(born).type(KeyCode.TAB);
        robot.type(KeyCode.TAB);                               // no ID number yet
        for (int i = 0; i < relationSteps; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB); // ethnicity and hukou keep their defaults
        robot.type(KeyCode.DOWN);                              // marital status: the first choice, 未婚
    }

    @Test
    void aHouseholdIsEnteredWithTheKeyboardAndARowProblemIsFixedBeforeSaving(FxRobot robot) {
        robot.clickOn("#member-name-0");
        typeMember(robot, "李建国", "1970-05-01", 0);
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        typeMember(robot, "李建军", "1972-13-09", 1);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.S).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved).isEmpty();
        assertThat(robot.lookup("#member-problems-1").queryAs(Label.class).getText())
                .contains("1972-13-09").contains("户主只能有一位");
        assertThat(services.households().count()).isZero();

        robot.clickOn("#member-born-1").press(KeyCode.SHORTCUT).type(KeyCode.A).release(KeyCode.SHORTCUT);
        robot.write("1972-08-09");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.DOWN); // relation: from 户主 to 配偶
        robot.press(KeyCode.SHORTCUT).type(KeyCode.S).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved).as(() -> robot.lookup("#member-problems-0").queryAs(Label.class).getText() + " | "
                + robot.lookup("#member-problems-1").queryAs(Label.class).getText() + " | "
                + robot.lookup("#household-add-error").queryAs(Label.class).getText()).hasSize(1);
        assertThat(saved.get(0).members()).extracting(Person::name).containsExactly("李建国", "李建军");
        assertThat(saved.get(0).members().get(1).relation()).isEqualTo(RelationToHead.SPOUSE);
        assertThat(cancelled).isZero();
    }

    @Test
    void theFormSaysWhatAHouseholdWithoutAMoveInMeansForTheMonthsFigures(FxRobot robot) {
        javafx.scene.control.Label meaning = robot.lookup("#household-add-meaning").queryAs(javafx.scene.control.Label.class);
        assertThat(meaning.getText()).contains("一直住在本村建档", "不计入任何月份的迁入");
        robot.clickOn("#household-add-moving-in");
        assertThat(meaning.getText()).contains("按今天迁入登记", "计入本月的迁入人数");
    }

    @Test
    void aRefusedSaveMarksTheWrongFieldsRedAndBringsTheRegistrarToTheFirstOneOutOfView(FxRobot robot) {
        robot.interact(() -> {
            fill(viewModel.members().get(0), "李建国", "1970-05-01", RelationToHead.HEAD);
            for (int i = 1; i < 14; i++) {
                MemberDraft child = viewModel.addMember();
                fill(child, "李小" + "甲乙丙丁戊己庚辛壬癸子丑寅卯".charAt(i), "2001-01-0" + (1 + i % 9), RelationToHead.SON);
            }
            viewModel.members().get(12).birthDateProperty().set("2001-02-30");
            viewModel.members().get(13).nameProperty().set("李");
        });
        robot.clickOn("#member-name-0");
        robot.press(KeyCode.SHORTCUT).type(KeyCode.S).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(saved).isEmpty();
        TextField wrongDate = robot.lookup("#member-born-12").queryAs(TextField.class);
        assertThat(wrongDate.isFocused()).as("the first wrong field has the cursor").isTrue();
        assertThat(wrongDate.getPseudoClassStates()).extracting(PseudoClass::getPseudoClassName).contains("danger");
        assertThat(robot.lookup("#member-name-13").queryAs(TextField.class).getPseudoClassStates())
                .extracting(PseudoClass::getPseudoClassName).contains("danger");
        assertThat(robot.lookup("#member-name-12").queryAs(TextField.class).getPseudoClassStates())
                .extracting(PseudoClass::getPseudoClassName).doesNotContain("danger");
        ScrollPane scroll = (ScrollPane) robot.lookup(".scroll-pane").query();
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds field = wrongDate.localToScene(wrongDate.getLayoutBounds());
        assertThat(field.getMinY()).as("scrolled into view").isBetween(viewport.getMinY(), viewport.getMaxY());

        robot.write("2001-02-28");
        robot.press(KeyCode.SHORTCUT).type(KeyCode.S).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wrongDate.getPseudoClassStates()).extracting(PseudoClass::getPseudoClassName)
                .doesNotContain("danger");
        assertThat(robot.lookup("#member-name-13").queryAs(TextField.class).isFocused()).isTrue();
    }

    private static void fill(MemberDraft row, String name, String born, RelationToHead relation) {
        row.nameProperty().set(name);
        row.sexProperty().set(org.villageregistry.domain.person.Sex.MALE);
        row.birthDateProperty().set(born);
        row.relationProperty().set(relation);
        row.maritalStatusProperty().set(org.villageregistry.domain.person.MaritalStatus.UNMARRIED);
    }
}
