package org.villageregistry.ui.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.DesktopTheme;

/** 各村 right after sign-in, while its read still runs: it says it is reading, not "乡镇库中还没有村". */
@ExtendWith(ApplicationExtension.class)
class VillagesLoadingTest {
    /** Made before the toolkit starts the stage: three real registers take longer than its set-up may. */
    private final SyncWorld world;
    private VillagesViewModel vm;
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();

    VillagesLoadingTest() throws Exception {
        world = new SyncWorld(Files.createTempDirectory("villages-loading"));
    }

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        vm = new VillagesViewModel(new RegisterServices(world.township.register, SyncWorld.CLOCK), world.township.sync,
                executor);
        stage.setScene(new Scene(new VillagesView(vm), 1166, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aScreenStillLoadingSaysSoInsteadOfNone(FxRobot robot) {
        robot.interact(vm::refresh);
        TableView<?> villages = robot.lookup("#villages-table").queryAs(TableView.class);
        TableView<?> duplicates = robot.lookup("#villages-duplicates").queryAs(TableView.class);

        assertThat(villages.getItems()).isEmpty();
        assertThat(((Label) villages.getPlaceholder()).getText()).isEqualTo("正在读取……");
        assertThat(((Label) duplicates.getPlaceholder()).getText()).isEqualTo("正在读取……");

        robot.interact(executor::runPending);

        assertThat(((Label) duplicates.getPlaceholder()).getText()).isEqualTo(Messages.get("villages.duplicates.none"));
        assertThat(((Label) villages.getPlaceholder()).getText()).isEqualTo("乡镇库中还没有村");
        // a pair shows both ID numbers (one name and birth day with two numbers is likely two people), and the tab
        // says these are suspects across villages, not the village's own 疑似重档 of the data-quality check
        assertThat(duplicates.getColumns()).extracting(javafx.scene.control.TableColumnBase::getText)
                .contains("身份证号（一）", "身份证号（二）");
        assertThat(robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs())
                .extracting(javafx.scene.control.Tab::getText).anyMatch(t -> t.startsWith("跨村疑似重复"));
    }
}
