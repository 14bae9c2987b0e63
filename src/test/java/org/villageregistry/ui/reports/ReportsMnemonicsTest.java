package org.villageregistry.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.BundleArrivals;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.ReceiptSigning;
import org.villageregistry.service.VillageRegister;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.storage.TestStores;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;

/** On 报表 the clerk moves with the keyboard: Alt+D to the report, Alt+M to its period, as the labels underline. */
@ExtendWith(ApplicationExtension.class)
class ReportsMnemonicsTest {
    private Path home;
    private Register register;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Messages.setLocale(Messages.CHINESE);
        home = Files.createTempDirectory("report-keys");
        register = VillageRegister.open(home.resolve("ws"));
        show();
    }

    private void show() {
        ReportService reports = new ReportService(register, VillageRegister.CLOCK, BundleArrivals.NOT_TRACKED,
                ReceiptSigning.UNAVAILABLE, new ProgramBuild("0.1.0", "2026-11-30"));
        ReportsViewModel model = new ReportsViewModel(reports, register, VillageRegister.CLOCK,
                new SameThreadTaskExecutor(), Runnable::run, (pdf, title) -> true);
        DesktopTheme.apply();
        stage.setScene(new Scene(new ReportsView(model, new Choosers(new LastFolder(home))), 1280, 800));
        stage.show();
    }

    @Test
    void atTheTownshipTooAltMAndAltDMoveTheCursor(FxRobot robot) {
        robot.interact(() -> {
            register.close();
            register = new org.villageregistry.service.WorkstationService(TestStores.quick(VillageRegister.CLOCK))
                    .init(home.resolve("town"), new org.villageregistry.domain.workstation.WorkstationSetup(
                            org.villageregistry.domain.workstation.WorkstationRole.TOWNSHIP,
                            org.villageregistry.domain.division.DivisionCode.of("410103100"), "城关镇"), "李主任",
                            "secret-2".toCharArray());
            show();
        });
        altMGoesToThePeriodAndAltDToTheReport(robot);
    }

    @AfterEach
    void close() throws java.io.IOException {
        TestStores.closeAndDelete(register, home);
    }

    @Test
    void altMGoesToThePeriodAndAltDToTheReport(FxRobot robot) {
        TextField period = robot.lookup(".text-field").match(n -> n instanceof TextField t
                && Messages.get("reports.screen.periodPrompt").equals(t.getPromptText())).queryAs(TextField.class);
        ComboBox<?> report = robot.lookup(".combo-box").queryAs(ComboBox.class);

        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        assertThat(period.isFocused()).as("Alt+M: 报告期").isTrue();

        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        assertThat(report.isFocused()).as("Alt+D: 报表").isTrue();
    }
}
