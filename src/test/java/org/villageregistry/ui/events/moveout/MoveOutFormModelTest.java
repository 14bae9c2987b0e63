package org.villageregistry.ui.events.moveout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.ui.events.EventsRegister;

class MoveOutFormModelTest {
    @TempDir
    Path home;
    private RegisterServices services;
    private Person leaving;
    private MoveOutFormModel form;

    @BeforeEach
    void openRegister() {
        services = EventsRegister.open(home);
        leaving = services.persons().register(EventsRegister.adult("孙强", Sex.MALE, LocalDate.of(1990, 5, 5), 3)
                .build());
        form = new MoveOutFormModel(services.moves(), services.households(), services.persons(),
                new SameThreadTaskExecutor(), EventsRegister.VILLAGE);
    }

    @AfterEach
    void closeRegister() {
        services.register().close();
    }

    @Test
    void aHukouMoveToTheNeighbourVillageOfTheTownshipIsFlaggedAsTransfer() {
        form.toDivision().set("410103100002");
        assertThat(form.transfer().get()).isTrue();

        form.kind().set(MoveKind.FLOAT_OUT);
        assertThat(form.transfer().get()).isFalse();
        form.kind().set(MoveKind.HUKOU_OUT);
        form.toDivision().set("410104200001");
        assertThat(form.transfer().get()).isFalse();
        form.toDivision().set(EventsRegister.VILLAGE);
        assertThat(form.transfer().get()).isFalse();
    }

    @Test
    void savingATransferSaysSoAndTakesThePersonOut() {
        form.picker().query().set("孙强");
        form.picker().pick(form.picker().hits().get(0).person());
        form.date().set("20261115");
        form.toDivision().set("410103100002");

        form.save();

        assertThat(form.problems()).isEmpty();
        assertThat(form.savedMessage().get()).isEqualTo("已登记转移（迁出，本乡镇内）：1 人");
        assertThat(services.register().moves().byPerson(leaving.id())).singleElement()
                .satisfies(m -> assertThat(m.isTransfer()).isTrue()).extracting(Move::toDivision)
                .isEqualTo("410103100002");
        assertThat(services.persons().find(leaving.id()).orElseThrow().residence())
                .isEqualTo(ResidenceStatus.MOVED_OUT);
    }

    @Test
    void nobodyChosenIsRefusedOnTheFormWithTheDateKept() {
        form.date().set("2026-11-15");

        form.save();

        assertThat(form.problemsOf("personIds")).hasSize(1);
        assertThat(form.date().get()).isEqualTo("2026-11-15");
    }
}
