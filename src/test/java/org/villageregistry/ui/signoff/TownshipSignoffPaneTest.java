package org.villageregistry.ui.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import org.villageregistry.service.signoff.MonthState;
import org.villageregistry.service.signoff.VillageMonth;
import org.villageregistry.sync.SyncWorld;
import org.villageregistry.ui.DeferredTaskExecutor;
import org.villageregistry.ui.DesktopTheme;

/** 城关镇's clerk opens 月报审核, picks 柳树村's October by keyboard, must give a reason to return it, then does. */
@ExtendWith(ApplicationExtension.class)
class TownshipSignoffPaneTest {
    private final SyncWorld world;
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private TownshipSignoffModel model;

    TownshipSignoffPaneTest() throws Exception {
        world = new SyncWorld(Files.createTempDirectory("signoff-pane"));
        world.willow.addPerson("张伟", Sex.MALE, LocalDate.of(1985, 6, 1));
        new RegisterServices(world.willow.register, SyncWorld.CLOCK).signoffs().submit("2026-10");
        world.township.sync.imports().importAll(List.of(world.willow.exportTo(world.stick, false)), SyncWorld.QUIET);
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        model = new TownshipSignoffModel(new RegisterServices(world.township.register, SyncWorld.CLOCK).signoffs(),
                SyncWorld.CLOCK, executor);
        stage.setScene(new Scene(new TownshipSignoffPane(model), 900, 500));
        stage.show();
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void theClerkReturnsAMonthOnlyWithAReasonAndTheTableShowsEachVillagesState(FxRobot robot) {
        robot.interact(model::refresh);
        robot.interact(executor::runPending);
        TableView<?> table = robot.lookup("#signoff-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(TownshipSignoffModel.stateText((VillageMonth) table.getItems().get(0))).isEqualTo("待审");
        assertThat(TownshipSignoffModel.stateText((VillageMonth) table.getItems().get(1))).isEqualTo("未报（逾期）");
        assertThat(robot.lookup("#signoff-status").queryAs(Label.class).getText()).contains("杨庄村");

        robot.clickOn("#signoff-table").type(KeyCode.HOME);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-error").queryAs(Label.class).getText()).contains("必须写明原因")
                .contains("2026-10").as("the village by its name")
                .contains(model.months().get(0).villageName())
                .doesNotContainPattern("\\d{12}");
        assertThat(model.months().get(0).state()).isEqualTo(MonthState.PENDING);

        robot.clickOn("#signoff-reason").write("出生人数与医院名单不符");
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(model.months().get(0).state()).isEqualTo(MonthState.RETURNED);
        assertThat(model.months().get(0).reason()).contains("出生人数与医院名单不符");
        assertThat(robot.lookup("#signoff-status").queryAs(Label.class).getText()).contains("已退回 柳树村 2026-10");
        assertThat(robot.lookup("#signoff-approve").queryButton().isDisabled()).as("a returned month waits").isTrue();

        robot.interact(model::refresh);
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-status").queryAs(Label.class).getText())
                .isEqualTo("逾期：柳树村（退回后未重报）、杨庄村");
    }

    @Test
    void theClerkSeesWhatTheVillageSubmittedAgainstTheTownshipsCountAndApprovesAfterAQuestion(FxRobot robot)
            throws Exception {
        robot.interact(model::refresh);
        robot.interact(executor::runPending);
        TableView<?> table = robot.lookup("#signoff-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-submitted").queryAs(Label.class).getText())
                .startsWith("柳树村 报的 2026-10 月：期初人口 1，出生 0，死亡 0，迁入 0，迁出 0，期末人口 1。")
                .contains("每一项都相同");

        // the village registers a person who came in October after submitting; the township imports that bundle
        world.willow.addPerson(org.villageregistry.domain.person.Person.builder().name("李娜").sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1990, 3, 3)).ethnicity(org.villageregistry.domain.person.Ethnicity.HAN)
                .hukouType(org.villageregistry.domain.person.HukouType.AGRICULTURAL)
                .maritalStatus(org.villageregistry.domain.person.MaritalStatus.UNMARRIED)
                .enteredOn(LocalDate.of(2026, 10, 20)).build());
        world.township.sync.imports().importAll(List.of(world.willow.exportTo(world.stick, false)), SyncWorld.QUIET);
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-submitted").queryAs(Label.class).getText())
                .contains("乡镇按收到的数据包算出的有").contains("村报 1、乡镇算 2").contains("请先核对");

        robot.clickOn("#signoff-approve");
        assertThat(robot.lookup("#yes-no-question").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("通过 柳树村 2026-10 月报表？").contains("注意：有");
        robot.clickOn("否");
        robot.interact(executor::runPending);
        assertThat(model.months().get(0).state()).as("nothing decided on 否").isEqualTo(MonthState.PENDING);

        robot.clickOn("#signoff-approve");
        robot.clickOn("是");
        robot.interact(executor::runPending);
        assertThat(model.months().get(0).state()).isEqualTo(MonthState.APPROVED);
        assertThat(robot.lookup("#signoff-status").queryAs(Label.class).getText()).contains("已审核通过 柳树村 2026-10");

        // the approved row shows what it was approved with, and what the township counts otherwise since
        robot.interact(() -> table.getSelectionModel().clearSelection());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-submitted").queryAs(Label.class).getText())
                .startsWith("柳树村 2026-10 月已审核通过并锁定，签报数字：期初人口 1，")
                .contains("审核后乡镇这里有").contains("签报 1、现在 2").contains("补报/更正");
    }

    @Test
    void anotherMonthTypedEmptiesTheTableSoNothingIsApprovedForAMonthNotListed(FxRobot robot) {
        robot.interact(model::refresh);
        robot.interact(executor::runPending);
        robot.interact(() -> model.selectedProperty().set(model.months().get(0)));

        robot.interact(() -> model.periodProperty().set("2026-09"));
        assertThat(model.months()).as("October's states are not September's").isEmpty();
        robot.interact(model::approve);
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-error").queryAs(Label.class).getText()).contains("请先");

        robot.interact(() -> model.periodProperty().set("2026/10"));
        robot.interact(model::refresh);
        robot.interact(executor::runPending);
        assertThat(robot.lookup("#signoff-error").queryAs(Label.class).getText()).contains("2026/10");
        assertThat(model.months()).isEmpty();
        assertThat(world.township.register.transactions().read(() -> world.township.register.sync().signoffs()
                .find(world.willow.code(), "2026-10")).orElseThrow().state().name()).isEqualTo("SUBMITTED");
    }

    @Test
    void theMonthLabelShowsNoUnderscoreAndAltMPutsTheCursorInTheMonth(FxRobot robot) {
        javafx.scene.Node period = robot.lookup("#signoff-period").query();
        Label month = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getLabelFor() == period).findFirst().orElseThrow();
        String shown = month.lookupAll(".text").stream().filter(Text.class::isInstance)
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
        assertThat(shown).isEqualTo("月份(M)：");

        robot.clickOn("#signoff-table");
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);

        assertThat(period.isFocused()).isTrue();
    }
}
