package org.villageregistry.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.DesktopTheme;

/** The township clerk picks a conflict, sees both versions side by side and decides with one click. */
@ExtendWith(ApplicationExtension.class)
class ConflictsViewTest {
    private SyncWorld world;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        world = new SyncWorld(Files.createTempDirectory("conflicts-view"));
        String id = "410103199001011222";
        save(world.willow, id, "13800000001");
        save(world.poplar, id, "13900000002");
        for (SyncWorld.Station village : new SyncWorld.Station[] {world.willow, world.poplar}) {
            Path stick = Files.createDirectories(world.root.resolve("stick-" + village.code()));
            village.exportTo(stick, false);
            world.township.sync.imports().importAll(java.util.List.of(stick), SyncWorld.QUIET);
        }
        DesktopTheme.apply();
        ConflictsViewModel vm = new ConflictsViewModel(world.township.sync, new SameThreadTaskExecutor(),
                Runnable::run);
        vm.refresh();
        stage.setScene(new Scene(new ConflictsView(vm), 1200, 700));
        stage.show();
    }

    private static void save(SyncWorld.Station station, String id, String phone) {
        station.register.transactions().write(() -> station.register.persons().save(Person.builder()
                .owner(station.code()).name("王秀英").sex(Sex.FEMALE).birthDate(LocalDate.of(1990, 1, 1))
                .idNumber(id).phone(phone).ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL)
                .maritalStatus(MaritalStatus.UNMARRIED).build()));
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void pickingAConflictShowsBothVersionsAndADecisionTakesItOffTheList(FxRobot robot) throws Exception {
        TableView<ConflictsViewModel.ConflictLine> list = robot.lookup("#conflicts-table").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(robot.lookup("#conflicts-different").queryButton().isDisabled()).isTrue();

        robot.clickOn("王秀英");
        TableView<ConflictsViewModel.FieldRow> sides = robot.lookup("#conflicts-sides").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !sides.getItems().isEmpty());
        assertThat(sides.getItems()).filteredOn(ConflictsViewModel.FieldRow::differs)
                .extracting(ConflictsViewModel.FieldRow::field).contains("电话", "管理村");

        robot.clickOn("#conflicts-different");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().isEmpty());
        assertThat(robot.lookup("#conflicts-result").queryAs(Label.class).getText()).contains("不同的人");
        assertThat(world.township.sync.conflicts().list(false).get(0).decision())
                .contains(ConflictDecision.DIFFERENT_PEOPLE);
    }
}
