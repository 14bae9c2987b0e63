package org.villageregistry.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.NowhereNavigator;

/** 首页: a list the registrar opened stays open when a refresh (each return to 首页 starts one) ends after it. */
@ExtendWith(ApplicationExtension.class)
class HomeViewTest {
    private final Register register;
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private HomeViewModel vm;

    HomeViewTest() throws Exception {
        register = VillageRegister.open(Files.createTempDirectory("home-view"));
        // no ethnicity (as an imported ledger may leave it): one data-quality finding, so its list has a row
        Person draft = VillageRegister.adult("王芳".repeat(40), Sex.FEMALE, LocalDate.of(1990, 3, 1), 22).ethnicity(null)
                .owner(VillageRegister.VILLAGE).id(java.util.UUID.randomUUID()).build();
        register.transactions().write(() -> register.persons().save(draft));
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        vm = new HomeViewModel(new RegisterServices(register, VillageRegister.CLOCK), executor,
                new NowhereNavigator());
        stage.setScene(new Scene(new HomeView(vm), 1166, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void anOpenListStaysOpenWhenARefreshEnds(FxRobot robot) {
        robot.interact(vm::refresh);
        robot.interact(executor::runPending);
        robot.clickOn("#home-item-QUALITY_FINDINGS");
        assertThat(pane(robot, "QUALITY_FINDINGS").isExpanded()).isTrue();

        robot.interact(vm::refresh);
        robot.interact(executor::runPending);

        assertThat(pane(robot, "QUALITY_FINDINGS").isExpanded()).as("the list opened before the refresh").isTrue();
        assertThat(pane(robot, "FOLLOW_UPS_DUE").isExpanded()).isFalse();
    }

    @Test
    void aLongLineEndsInAnEllipsisInsteadOfScrollingSideways(FxRobot robot) {
        robot.interact(vm::refresh);
        robot.interact(executor::runPending);
        robot.clickOn("#home-item-QUALITY_FINDINGS");
        robot.sleep(800); // the pane opens with an animation

        javafx.scene.Node list = robot.lookup("#home-records-QUALITY_FINDINGS").query();
        assertThat(list.lookupAll(".scroll-bar")).filteredOn(b -> b instanceof javafx.scene.control.ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible())
                .as("no sideways scrolling").isEmpty();
    }

    private static TitledPane pane(FxRobot robot, String kind) {
        return robot.lookup("#home-item-" + kind).queryAs(TitledPane.class);
    }
}
