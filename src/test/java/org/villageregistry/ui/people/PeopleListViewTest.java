package org.villageregistry.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;

@ExtendWith(ApplicationExtension.class)
class PeopleListViewTest {
    private Register register;
    private Path home;
    private Person wangFang;
    private PersonRow opened;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("people-view");
        register = VillageRegister.open(home, PeopleViewModelTest.CLOCK);
        RegisterServices services = new RegisterServices(register, PeopleViewModelTest.CLOCK);
        wangFang = services.persons().register(PeopleViewModelTest.adult("王芳", Sex.FEMALE, 1));
        services.persons().register(PeopleViewModelTest.adult("李强", Sex.MALE, 2));
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
    @SuppressWarnings("unchecked")
    void typingPinyinInitialsShowsTheMatchAndEnterOpensIt(FxRobot robot) throws Exception {
        TableView<PersonRow> table = robot.lookup("#people-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);

        robot.clickOn("#people-search").write("wf");
        Label status = robot.lookup("#people-status").queryAs(Label.class);
        // the search runs off the FX thread after a short pause: wait for the whole answer, rows and count
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getItems().get(0).name().equals("王芳") && !status.getText().contains("2"));

        assertThat(table.getItems().get(0).name()).isEqualTo("王芳");
        assertThat(table.getItems().get(0).maskedId()).doesNotContain(wangFang.idNumber());
        assertThat(status.getText()).contains("1");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).isNotNull();
        assertThat(opened.id()).isEqualTo(wangFang.id());
    }
}
