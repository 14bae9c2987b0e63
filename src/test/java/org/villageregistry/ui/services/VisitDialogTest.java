package org.villageregistry.ui.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.NowhereNavigator;
import org.villageregistry.ui.events.EventsRegister;

/** 登记随访: whole field names, 确定/取消 in Chinese whatever the computer's language, Tab out of 检查所见. */
@ExtendWith(ApplicationExtension.class)
class VisitDialogTest {
    @TempDir
    Path temp;
    private RegisterServices services;
    private DialogPane pane;

    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
        StackPane root = new StackPane(new Label("柳树村"));
        DesktopTheme.useChineseFont(root);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        if (pane != null) {
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
        services.register().close();
    }

    private void open(UUID person) throws Exception {
        services = EventsRegister.open(temp.resolve("ws"));
        ServicesViewModel vm = new ServicesViewModel(services, new SameThreadTaskExecutor(), new NowhereNavigator());
        Platform.runLater(() -> HealthForms.visit(vm, person, UUID.randomUUID()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() != null);
        WaitForAsyncUtils.waitForFxEvents();
        pane = showing();
    }

    @Test
    void aVisitForTheOpenedRecordNamesHer(FxRobot robot) throws Exception {
        services = EventsRegister.open(temp.resolve("named"));
        var woman = services.persons().register(EventsRegister.adult("陈艳", org.villageregistry.domain.person.Sex.FEMALE,
                java.time.LocalDate.of(1995, 5, 5), 2).build());
        var pregnancy = services.health().recordPregnancy(woman.id(), java.time.LocalDate.of(2026, 6, 1));
        ServicesViewModel vm = new ServicesViewModel(services, new SameThreadTaskExecutor(), new NowhereNavigator());
        robot.interact(() -> vm.openPregnancy(new org.villageregistry.service.health.HealthListEntry(pregnancy.id(),
                woman.id(), "陈艳", "", null, null)));
        Platform.runLater(() -> HealthForms.visit(vm, vm.openedPerson(), vm.openedPregnancy()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() != null);
        WaitForAsyncUtils.waitForFxEvents();
        pane = showing();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> pane.lookupAll(".label").forEach(n -> shown.add(((Label) n).getText())));
        assertThat(shown).contains("陈艳（已打开记录的本人）");
    }

    @Test
    void aVisitDayThatIsNoDayIsQuotedAtItsFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        services = EventsRegister.open(temp.resolve("dates"));
        var woman = services.persons().register(EventsRegister.adult("陈艳", org.villageregistry.domain.person.Sex.FEMALE,
                java.time.LocalDate.of(1995, 5, 5), 2).build());
        ServicesViewModel vm = new ServicesViewModel(services, new SameThreadTaskExecutor(), new NowhereNavigator());
        Platform.runLater(() -> HealthForms.visit(vm, woman.id(), null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() != null);
        WaitForAsyncUtils.waitForFxEvents();
        pane = showing();
        javafx.scene.control.DatePicker date = (javafx.scene.control.DatePicker) pane.lookup("#visit-date");
        javafx.scene.control.DatePicker next = (javafx.scene.control.DatePicker) pane.lookup("#visit-next-due");
        robot.interact(() -> {
            date.getEditor().setText("2026-02-30");
            next.getEditor().setText("2026-13-01");
        });

        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing()).as("the dialog stays open").isNotNull();
        assertThat(((Label) pane.lookup("#visit-date-problem")).getText()).contains("“2026-02-30”");
        assertThat(((Label) pane.lookup("#visit-next-due-problem")).getText()).contains("“2026-13-01”");
        assertThat(date.getEditor().getText()).as("what was typed is kept").isEqualTo("2026-02-30");
        assertThat(services.register().transactions().read(() -> services.register().visits().byPerson(woman.id())))
                .as("no visit of today's date, no visit without its next day").isEmpty();
    }

    private static DialogPane showing() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane).map(s -> (DialogPane) s.getRoot())
                .findFirst().orElse(null);
    }

    @Test
    void everyFieldNameIsShownWhole(FxRobot robot) throws Exception {
        open(null);
        List<String> shown = new ArrayList<>();
        List<String> names = new ArrayList<>();
        robot.interact(() -> labels(pane, names, shown));
        assertThat(names).contains("服务类别", "检查所见", "下次随访");
        assertThat(shown).isEqualTo(names);
    }

    @Test
    void theButtonsRead确定And取消(FxRobot robot) throws Exception {
        open(UUID.randomUUID());
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            for (ButtonType type : pane.getButtonTypes()) {
                texts.add(((Button) pane.lookupButton(type)).getText());
            }
        });
        assertThat(texts).containsExactlyInAnyOrder("确定", "取消");
    }

    @Test
    void tabInTheFindingsMovesOnToTheNextField(FxRobot robot) throws Exception {
        open(UUID.randomUUID());
        TextArea findings = (TextArea) pane.lookup("#visit-findings");
        robot.clickOn(findings).write("血压正常").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings.getText()).isEqualTo("血压正常");
        assertThat(findings.isFocused()).as("the findings keep the focus").isFalse();
    }

    /** Each label of the dialog's form: its whole text, and the text it actually draws after layout. */
    private static void labels(Parent parent, List<String> names, List<String> shown) {
        parent.applyCss();
        parent.layout();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Label label && label.getLabelFor() != null) {
                names.add(label.getText());
                shown.add(((Text) label.lookup(".text")).getText());
            } else if (child instanceof Parent p) {
                labels(p, names, shown);
            }
        }
    }
}
