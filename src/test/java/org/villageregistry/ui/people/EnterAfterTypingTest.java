package org.villageregistry.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;

/** The registrar types gj and presses Enter (or Down) before the list has caught up: the keys act on the matches. */
@ExtendWith(ApplicationExtension.class)
class EnterAfterTypingTest {
    private Register register;
    private Path home;
    private PersonRow opened;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("people-enter");
        register = VillageRegister.open(home, PeopleViewModelTest.CLOCK);
        RegisterServices services = new RegisterServices(register, PeopleViewModelTest.CLOCK);
        services.persons().register(PeopleViewModelTest.adult("王芳", Sex.FEMALE, 1));
        services.persons().register(PeopleViewModelTest.adult("李强", Sex.MALE, 2));
        services.persons().register(PeopleViewModelTest.adult("郭静", Sex.FEMALE, 3));
        services.persons().register(PeopleViewModelTest.adult("高俊", Sex.MALE, 4));
        DesktopTheme.apply();
        PeopleViewModel viewModel = new PeopleViewModel(services.persons(), new SameThreadTaskExecutor());
        viewModel.refresh();
        stage.setScene(new Scene(new PeopleListView(viewModel, row -> opened = row), 900, 560));
        stage.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        TestStores.closeAndDelete(register, home);
    }

    @Test
    void enterRightAfterTypingChoosesTheFirstMatchAndEnterAgainOpensIt(FxRobot robot) throws Exception {
        typeThenPress(robot, "gj", KeyCode.ENTER);
        assertThat(table(robot).getItems()).extracting(PersonRow::name).containsExactlyInAnyOrder("郭静", "高俊");
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).as("the first match is chosen").isZero();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).as("the first of the matches opens").isNotNull();
        assertThat(opened.name()).isEqualTo(table(robot).getItems().get(0).name()).isIn("郭静", "高俊");
    }

    @Test
    void downRightAfterTypingChoosesTheFirstMatch(FxRobot robot) throws Exception {
        typeThenPress(robot, "gj", KeyCode.DOWN);

        assertThat(table(robot).isFocused()).isTrue();
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(table(robot).getSelectionModel().getSelectedItem().name()).isIn("郭静", "高俊");
    }

    @Test
    void enterRightAfterTypingOpensTheOnlyMatch(FxRobot robot) throws Exception {
        typeThenPress(robot, "郭静", KeyCode.ENTER);

        assertThat(opened).isNotNull();
        assertThat(opened.name()).isEqualTo("郭静");
    }

    /** The text lands and the key follows within the same moment, well inside the search's 150 ms pause. */
    private void typeThenPress(FxRobot robot, String text, KeyCode key) throws Exception {
        TextField search = robot.lookup("#people-search").queryAs(TextField.class);
        robot.interact(() -> {
            search.requestFocus();
            search.setText(text);
            search.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
        });
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PersonRow> table(FxRobot robot) {
        return robot.lookup("#people-table").queryAs(TableView.class);
    }
}
