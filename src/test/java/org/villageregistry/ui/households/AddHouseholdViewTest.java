package org.villageregistry.ui.households;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("add-household-view");
        register = VillageRegister.open(home, HouseholdViewModelsTest.CLOCK);
        services = new RegisterServices(register, HouseholdViewModelsTest.CLOCK);
        DesktopTheme.apply();
        AddHouseholdViewModel viewModel = new AddHouseholdViewModel(services.households(), services.moves(),
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
}
