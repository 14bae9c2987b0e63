package org.villageregistry.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.roster.RosterWoman;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.NowhereNavigator;

/** 城关镇's clerk opens 育龄妇女: every village's women with their village, then one village's, its counts its own. */
@ExtendWith(ApplicationExtension.class)
class TownshipRosterViewTest {
    private final SyncWorld world;
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private RosterViewModel model;

    TownshipRosterViewTest() throws Exception {
        world = new SyncWorld(Files.createTempDirectory("township-roster"));
        world.willow.addPerson("王芳", Sex.FEMALE, LocalDate.of(1990, 6, 1));
        world.willow.addPerson("王丽", Sex.FEMALE, LocalDate.of(1995, 2, 1));
        world.willow.addPerson("王奶奶", Sex.FEMALE, LocalDate.of(1950, 2, 1));
        world.poplar.addPerson("杨梅", Sex.FEMALE, LocalDate.of(1988, 9, 9));
        world.poplar.addPerson("杨军", Sex.MALE, LocalDate.of(1988, 9, 9));
        world.township.sync.imports().importAll(List.of(world.willow.exportTo(world.stick, false),
                world.poplar.exportTo(world.stick, false)), SyncWorld.QUIET);
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        model = new RosterViewModel(new RegisterServices(world.township.register, SyncWorld.CLOCK), executor,
                new NowhereNavigator());
        stage.setScene(new Scene(new RosterView(model), 1000, 500));
        stage.show();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theTownshipSeesEachWomansVillageAndChoosesOneVillage(FxRobot robot) {
        robot.interact(model::load);
        robot.interact(executor::runPending);
        TableView<?> table = robot.lookup("#roster-table").queryAs(TableView.class);
        assertThat(table.getColumns().get(0).getText()).isEqualTo("村");
        assertThat(table.getItems()).extracting(w -> ((RosterWoman) w).woman().name())
                .containsExactlyInAnyOrder("王芳", "王丽", "杨梅");
        assertThat(table.getItems()).extracting(w -> model.villageOf((RosterWoman) w))
                .containsOnly("柳树村", "杨庄村");
        assertThat(robot.lookup("#roster-filter-ALL").queryAs(ToggleButton.class).getText()).isEqualTo("全部（3）");

        ComboBox<?> village = robot.lookup("#roster-village").queryAs(ComboBox.class);
        assertThat(village.getItems()).extracting(Object::toString).containsExactly("全部村", "柳树村", "杨庄村");
        robot.interact(() -> model.villageProperty().set(model.villages().get(2)));
        assertThat(table.getItems()).extracting(w -> ((RosterWoman) w).woman().name()).containsExactly("杨梅");
        assertThat(robot.lookup("#roster-filter-ALL").queryAs(ToggleButton.class).getText()).isEqualTo("全部（1）");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText())
                .startsWith("杨庄村　基准日 2026-11-30：育龄妇女 1 人"));

        // a reload keeps the village chosen
        robot.interact(model::load);
        robot.interact(executor::runPending);
        assertThat(model.villageProperty().get().name()).isEqualTo("杨庄村");
        assertThat(table.getItems()).hasSize(1);
    }
}
