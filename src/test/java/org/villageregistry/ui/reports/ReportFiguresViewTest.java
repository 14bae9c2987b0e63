package org.villageregistry.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.MonthFigures;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.BirthService;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.TablePlaceholders;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;

/**
 * The village clerk previews November's monthly report: beside the pages the desktop lists the month's figures as
 * the report prints them, November's one girl and no boy as a sex ratio of "— (0/1)*" with the small-numbers note.
 */
@ExtendWith(ApplicationExtension.class)
class ReportFiguresViewTest {
    private Path home;
    private Register register;
    private ReportsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLocale(Messages.CHINESE);
        home = Files.createTempDirectory("report-figures");
        register = VillageRegister.open(home.resolve("ws"));
        Person mother = new PersonService(register, VillageRegister.CLOCK).register(VillageRegister.adult("李秀英",
                Sex.FEMALE, LocalDate.of(1992, 7, 15), 22).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2018, 5, 1)).relation(RelationToHead.HEAD)
                .enteredOn(LocalDate.of(2026, 1, 1)).build());
        new BirthService(register, VillageRegister.CLOCK).record(new BirthReport(mother.id(), null,
                LocalDate.of(2026, 11, 5).atTime(7, 0), BirthPlace.HOSPITAL, 39, EventSource.HOSPITAL,
                List.of(new BirthReport.NewChild("王小红", Sex.FEMALE, null, 3100, null, null))), false);
        ReportService reports = new ReportService(register, VillageRegister.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));
        model = new ReportsViewModel(reports, register, VillageRegister.CLOCK, new SameThreadTaskExecutor(),
                Runnable::run, (pdf, title) -> true);
        model.periodProperty().set("2026-11");
        DesktopTheme.apply();
        stage.setScene(new Scene(new ReportsView(model, new Choosers(new LastFolder(home))), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws java.io.IOException {
        TestStores.closeAndDelete(register, home);
    }

    @Test
    @SuppressWarnings("unchecked")
    void previewingTheMonthListsItsFiguresWithTheirCountsAndTheSexRatioOfOneGirlAsADash(FxRobot robot) {
        TableView<MonthFigures.Line> table = robot.lookup("#report-figures").queryAs(TableView.class);
        assertThat(table.isVisible() && table.getParent().isVisible()).as("no figures before a preview").isFalse();

        Button preview = robot.lookup(".button").match((Button b) -> b.getText().equals(
                Messages.get("reports.screen.preview"))).queryButton();
        robot.clickOn(preview);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getParent().isVisible()).isTrue();
        assertThat(table.getItems()).contains(new MonthFigures.Line("出生性别比", "— (0/1)*"),
                new MonthFigures.Line("30 天内登记的出生", "100.0% (1/1)*"),
                new MonthFigures.Line("妇女健康检查（已查/应查）", "— (0/0)"),
                new MonthFigures.Line("产后 7 天内访视", "0.0% (0/1)*"));
        int sexRatio = table.getItems().indexOf(new MonthFigures.Line("出生性别比", "— (0/1)*"));
        robot.interact(() -> table.scrollTo(sexRatio));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).isEqualTo("— (0/1)*"));
        assertThat(robot.lookup("#report-figures-notes").queryAs(Label.class).getText())
                .contains("出生数少于 50 例的出生性别比").contains("无从计算");
    }

    @Test
    void noTableOfTheScreenSaysNoContentInTableInEnglish(FxRobot robot) {
        List<String> english = new java.util.ArrayList<>();
        robot.interact(() -> english.addAll(TablePlaceholders.inEnglish(
                robot.lookup("#report-figures").query().getScene().getRoot())));
        assertThat(english).isEmpty();
    }
}
