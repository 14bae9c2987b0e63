package org.villageregistry.ui.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.benefit.Candidate;
import org.villageregistry.service.benefit.EnrolmentRow;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.ui.events.EventsRegister;

/** 登记享受, 终止享受 and 发放日期: a date typed that is no date is quoted and nothing saved, never today's date. */
@ExtendWith(ApplicationExtension.class)
class EnrolDateTypedTest {
    @TempDir
    Path home;
    private RegisterServices services;
    private BenefitsViewModel vm;
    private BenefitProgramme reward;
    private Person ma;
    private DialogPane pane;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopTheme.apply();
        StackPane root = new StackPane(new Label("柳树村"));
        DesktopTheme.useChineseFont(root);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        services = EventsRegister.open(home);
        reward = services.register().transactions().write(() -> services.register().programmes().save(
                new BenefitProgramme(UUID.randomUUID(), 0, EventsRegister.VILLAGE, "NCJLFZ", "农村部分计划生育家庭奖励扶助",
                        ProgrammeKind.RURAL_REWARD, List.of(new Rate(LocalDate.of(2012, 1, 1), Money.yuan(960),
                        Rate.RatePeriod.YEAR)), Map.of(), null)));
        ma = services.persons().register(EventsRegister.adult("马霞", Sex.FEMALE, LocalDate.of(1958, 4, 4), 2).build());
        vm = new BenefitsViewModel(services, new SameThreadTaskExecutor(), new NowhereNavigator());
    }

    @AfterEach
    void close(FxRobot robot) {
        if (pane != null && stillOpen()) {
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
        services.register().close();
    }

    @Test
    void anImpossibleStartDateIsQuotedAndNothingIsEnrolled(FxRobot robot) throws Exception {
        show(() -> BenefitDialogs.enrol(vm, new Candidate(reward, ma, null, "独生子女父母，年满 60 周岁", null)));
        type(robot, "2026-02-30");
        robot.clickOn("#enrol-evidence").write("独生子女父母光荣证");
        robot.clickOn(okButton());

        assertThat(stillOpen()).as("the dialog stays open").isTrue();
        assertThat(services.register().enrolments().byPerson(ma.id())).as("nothing enrolled").isEmpty();
        assertThat(editorText()).as("what was typed is kept").isEqualTo("2026-02-30");
        assertThat(problemUnderTheDate()).contains("日期“2026-02-30”不存在：2026 年 2 月只有 28 天");

        type(robot, "20260301");
        robot.clickOn(okButton());
        assertThat(stillOpen()).isFalse();
        assertThat(services.register().enrolments().byPerson(ma.id())).extracting(Enrolment::from)
                .containsExactly(LocalDate.of(2026, 3, 1));
    }

    @Test
    void anImpossibleEndDateIsQuotedAndTheEnrolmentStaysOpen(FxRobot robot) throws Exception {
        Enrolment enrolled = services.benefits().enrol(ma.id(), reward.id(), null, LocalDate.of(2026, 1, 1), "光荣证");
        show(() -> BenefitDialogs.end(vm, new EnrolmentRow(enrolled, "马霞", "", reward.name())));
        type(robot, "2026-13-01");
        robot.clickOn("#end-reason").write("迁出");
        robot.clickOn(okButton());

        assertThat(stillOpen()).isTrue();
        assertThat(problemUnderTheDate()).contains("日期“2026-13-01”不存在：一年只有 12 个月");
        assertThat(services.register().enrolments().byPerson(ma.id())).extracting(Enrolment::to).containsOnlyNulls();
    }

    @Test
    void anImpossiblePaymentDayIsQuotedAndTheBatchIsNotMarkedPaid(FxRobot robot) {
        services.benefits().enrol(ma.id(), reward.id(), null, LocalDate.of(2026, 1, 1), "光荣证");
        services.paymentBatches().createBatch(reward.id(), "2026");
        robot.interact(() -> {
            vm.refresh();
            vm.batchProgrammeProperty().set(reward);
            stage.getScene().setRoot(new BenefitsView(vm));
        });
        robot.clickOn(Messages.get("benefits.tab.batches"));
        robot.interact(() -> robot.lookup("#benefits-batches").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(0));
        DatePicker paidOn = robot.lookup("#batch-paid-on").queryAs(DatePicker.class);
        robot.interact(() -> paidOn.getEditor().clear());
        robot.clickOn(paidOn.getEditor()).write("2026-02-30");
        assertThat(robot.lookup("#batch-mark-paid").query().isDisabled()).isFalse();
        robot.clickOn("#batch-mark-paid");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing()).as("no question to mark it paid on some other day").isNull();
        assertThat(paidOn.getEditor().getText()).isEqualTo("2026-02-30");
        assertThat(robot.lookup("#batch-paid-on-problem").queryAs(Label.class).getText())
                .contains("日期“2026-02-30”不存在：2026 年 2 月只有 28 天");
        assertThat(services.paymentBatches().batches(reward.id())).noneMatch(b -> b.isPaid());
    }

    @Test
    void aStartDateClearedIsAskedForNotTakenAsTheDayThatWasThere(FxRobot robot) throws Exception {
        show(() -> BenefitDialogs.enrol(vm, new Candidate(reward, ma, null, "独生子女父母，年满 60 周岁", null)));
        // emptied as a registrar does, in the box; leaving it makes the picker read it
        robot.clickOn(date().getEditor()).press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.BACK_SPACE);
        robot.clickOn("#enrol-evidence").write("独生子女父母光荣证");
        robot.clickOn(okButton());

        assertThat(stillOpen()).isTrue();
        assertThat(editorText()).as("the box stays empty").isEmpty();
        assertThat(problemUnderTheDate()).contains("起始日期");
        assertThat(services.register().enrolments().byPerson(ma.id())).as("nothing enrolled").isEmpty();
    }

    @Test
    void aRefusalShownInTheDialogDoesNotStayOnThePageOnceItIsCancelled(FxRobot robot) throws Exception {
        show(() -> BenefitDialogs.enrol(vm, new Candidate(reward, ma, null, "独生子女父母，年满 60 周岁", null)));
        robot.clickOn(okButton()); // no 证明材料
        assertThat(vm.errorProperty().get()).as("refused in the dialog").isNotEmpty();

        Button cancel = pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonType.CANCEL.getButtonData())
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stillOpen()).isFalse();
        assertThat(vm.errorProperty().get()).as("nothing left on the page behind").isEmpty();
    }

    @Test
    void theEnrolmentInThePersonsHistoryNamesWhoEnrolledAndWhen() {
        Enrolment enrolled = services.benefits().enrol(ma.id(), reward.id(), null, LocalDate.of(2026, 1, 1), "光荣证");

        var entry = services.persons().show(ma.id()).timeline().stream()
                .filter(t -> enrolled.id().equals(t.recordId())).findFirst().orElseThrow();

        assertThat(entry.recorded()).isNotNull();
        assertThat(entry.recorded().recordedBy()).isEqualTo(enrolled.verifiedBy()).isNotBlank();
        assertThat(entry.recorded().recordedOn()).isEqualTo(enrolled.verifiedOn());
    }

    private void show(Runnable dialog) throws Exception {
        Platform.runLater(dialog);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() != null);
        WaitForAsyncUtils.waitForFxEvents();
        pane = showing();
    }

    private boolean stillOpen() {
        return pane.getScene() != null && pane.getScene().getWindow().isShowing();
    }

    private DatePicker date() {
        return (DatePicker) pane.lookup(".date-picker");
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> date().getEditor().clear());
        robot.clickOn(date().getEditor()).write(text);
    }

    private String editorText() {
        return date().getEditor().getText();
    }

    /** The text of the line in the date's column of the grid, right under it. */
    private String problemUnderTheDate() {
        DatePicker date = date();
        Integer column = javafx.scene.layout.GridPane.getColumnIndex(date);
        Integer row = javafx.scene.layout.GridPane.getRowIndex(date);
        return date.getParent().getChildrenUnmodifiable().stream().filter(n -> n instanceof Label)
                .filter(n -> java.util.Objects.equals(javafx.scene.layout.GridPane.getColumnIndex(n), column)
                        && javafx.scene.layout.GridPane.getRowIndex(n) == (row == null ? 0 : row) + 1)
                .map(n -> ((Label) n).getText()).findFirst().orElse("(no line under the date)");
    }

    private Button okButton() {
        return pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonType.OK.getButtonData())
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow();
    }

    private static DialogPane showing() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane).map(s -> (DialogPane) s.getRoot())
                .findFirst().orElse(null);
    }
}
