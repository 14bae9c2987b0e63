package org.villageregistry.ui.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.sync.MonthlySignoffs.State;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.DesktopTheme;

/** 柳树村's registrar presses 提交所填月份的月报表 in Reports: an unfinished month is refused, October goes. */
@ExtendWith(ApplicationExtension.class)
class VillageSignoffBoxTest {
    private final SyncWorld world;
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private final AtomicReference<String> period = new AtomicReference<>("2026-11");
    private RegisterServices services;
    private VillageSignoffModel model;

    VillageSignoffBoxTest() throws Exception {
        world = new SyncWorld(Files.createTempDirectory("signoff-box"));
        world.willow.addPerson("张伟", Sex.MALE, LocalDate.of(1985, 6, 1));
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        services = new RegisterServices(world.willow.register, SyncWorld.CLOCK);
        model = new VillageSignoffModel(services.signoffs(), executor);
        stage.setScene(new Scene(new VillageSignoffBox(model, period::get), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void anUnfinishedMonthIsRefusedAndAFinishedOneIsSubmittedAndShownWithItsState(FxRobot robot) {
        robot.interact(model::refresh);
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-months").queryAs(Label.class).getText()).isEqualTo("还没有提交过月报表");

        robot.clickOn("#signoff-submit");
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-error").queryAs(Label.class).getText()).contains("2026-11")
                .contains("还没有结束");
        assertThat(services.signoffs().ownMonths()).isEmpty();

        period.set("2026-10");
        robot.clickOn("#signoff-submit");
        assertThat(robot.lookup("#yes-no-question").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .startsWith("提交 2026-10 月报表？");
        robot.clickOn("否");
        robot.interact(executor::runPending);
        assertThat(services.signoffs().ownMonths()).as("not asked for").isEmpty();

        robot.clickOn("#signoff-submit");
        robot.clickOn("是");
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#signoff-message").queryAs(Label.class).getText()).contains("2026-10")
                .contains("导出数据包");
        assertThat(robot.lookup("#signoff-months").queryAs(Label.class).getText()).contains("2026-10 已提交，待审");
        assertThat(services.signoffs().ownMonths()).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(State.SUBMITTED));

        // returned by the township: the month says why
        var submitted = services.signoffs().ownMonths().get(0);
        services.register().transactions().write(() -> services.register().sync().signoffs().save(
                submitted.decided(State.RETURNED, SyncWorld.CLOCK.instant(), "乡镇", java.util.Optional.of("出生人数不对"))));
        robot.interact(model::refresh);
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-months").queryAs(Label.class).getText())
                .contains("2026-10 退回（原因：出生人数不对；改正后重新提交）");
    }
}
