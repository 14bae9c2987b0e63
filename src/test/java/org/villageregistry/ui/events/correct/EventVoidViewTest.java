package org.villageregistry.ui.events.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.MarriageReport;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.events.EventsRegister;

/** 作废这件登记 in a marriage's correction window: Enter in the reason asks and voids; it does not save the form. */
@ExtendWith(ApplicationExtension.class)
class EventVoidViewTest {
    private final RegisterServices services;
    private final List<RegisterRecord> done = new ArrayList<>();
    private final Person ma;
    private final Marriage marriage;

    /** The register and the marriage are made before the toolkit starts the stage. */
    EventVoidViewTest() throws Exception {
        services = EventsRegister.open(Files.createTempDirectory("event-void-view"));
        ma = services.persons().register(EventsRegister.adult("马鹏", Sex.MALE, LocalDate.of(1996, 10, 13), 31)
                .maritalStatus(MaritalStatus.UNMARRIED).firstMarriageDate(null).build());
        Person gao = services.persons().register(EventsRegister.adult("高春燕", Sex.FEMALE, LocalDate.of(1994, 12, 6),
                16).maritalStatus(MaritalStatus.UNMARRIED).firstMarriageDate(null).build());
        marriage = services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, ma.id(), gao.id(), null,
                null, LocalDate.of(2026, 11, 18), null, EventSource.SELF_REPORT));
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Messages.CHINESE);
        DesktopTheme.apply();
        EventCorrectionFormModel<?> model = EventCorrectionFormModel.of(marriage, services.eventCorrections(),
                services.persons(), new SameThreadTaskExecutor(), done::add);
        stage.setScene(new Scene(new EventCorrectionView(model), 620, 640));
        stage.show();
    }

    @AfterEach
    void close() {
        services.register().close();
    }

    @Test
    void enterInTheReasonAsksThenVoidsAndTheSpousesAreUnmarriedAgain(FxRobot robot) {
        robot.clickOn("#event-void-reason").write("选错了人").type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        assertThat(services.register().marriages().get(marriage.id()).isVoided())
                .as("Enter in the question answers 否: nothing hard to undo happens by a key pressed twice").isFalse();
        robot.clickOn("#event-void-reason").type(KeyCode.ENTER);
        robot.clickOn(Messages.get("desktop.button.yes"));

        assertThat(done).singleElement().satisfies(r -> assertThat(r.voidReason()).isEqualTo("选错了人"));
        assertThat(services.register().marriages().get(marriage.id()).isVoided()).isTrue();
        assertThat(services.persons().find(ma.id()).orElseThrow().maritalStatus()).isEqualTo(MaritalStatus.UNMARRIED);
    }
}
