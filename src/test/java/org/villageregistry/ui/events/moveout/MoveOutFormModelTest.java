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
    void aTransferToACodeThatIsNoneOfTheTownshipsKnownVillagesIsRefusedAtTheField() {
        // what the township's receipt told this village of its neighbours
        services.register().transactions().write(() -> {
            services.register().saveDivision(new org.villageregistry.domain.division.Division(
                    org.villageregistry.domain.division.DivisionCode.of("410103100002"), "杏花村"));
            return null;
        });
        form.picker().query().set("孙强");
        form.picker().pick(form.picker().hits().get(0).person());
        form.date().set("20261115");
        form.toDivision().set("410103100009");

        form.save();

        assertThat(form.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("toDivision");
            assertThat(p.message()).contains("“410103100009”", "杏花村（410103100002）");
        });
        assertThat(services.register().moves().byPerson(leaving.id())).isEmpty();
        assertThat(form.toDivision().get()).as("what was typed is kept").isEqualTo("410103100009");

        form.toDivision().set("410103100002");
        form.save();
        assertThat(form.problems()).isEmpty();
        assertThat(services.persons().find(leaving.id()).orElseThrow().residence())
                .isEqualTo(ResidenceStatus.MOVED_OUT);
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
    void anEventOfAMonthSubmittedOrApprovedIsSavedWithANoteOnThatMonth() {
        Person second = services.persons().register(EventsRegister.adult("孙丽", Sex.FEMALE, LocalDate.of(1992, 3, 3),
                4).build());
        Person third = services.persons().register(EventsRegister.adult("孙明", Sex.MALE, LocalDate.of(1994, 7, 7),
                5).build());
        form.tellOfLockedMonths(services.signoffs()::lockedMonthNotice);
        var submitted = services.signoffs().submit("2026-10");

        moveOut("孙强", "2026-10-15");
        assertThat(form.savedMessage().get()).startsWith("已登记").contains(
                "注意：该事件在 2026-10 月，2026-10 月报表已提交乡镇、尚未审核，提交的数字里没有这次更改");

        services.register().transactions().write(() -> services.register().sync().signoffs().save(
                submitted.decided(org.villageregistry.domain.sync.MonthlySignoffs.State.APPROVED,
                        EventsRegister.CLOCK.instant(), "乡镇管理员", java.util.Optional.empty())));
        moveOut("孙丽", "2026-10-20");
        assertThat(form.savedMessage().get()).contains("2026-10 月报表已审核通过并锁定，已锁定的数字不变",
                "下月报表的“补报/更正”");

        moveOut("孙明", "2026-11-02");
        assertThat(form.savedMessage().get()).as("November is not submitted").doesNotContain("注意");
        assertThat(services.persons().find(second.id()).orElseThrow().residence()).isEqualTo(ResidenceStatus.MOVED_OUT);
        assertThat(services.persons().find(third.id()).orElseThrow().residence()).isEqualTo(ResidenceStatus.MOVED_OUT);
    }

    private void moveOut(String name, String day) {
        form.picker().query().set(name);
        form.picker().pick(form.picker().hits().stream().filter(h -> h.person().name().equals(name)).findFirst()
                .orElseThrow().person());
        form.date().set(day);
        form.toDivision().set("410104200001");
        form.save();
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void nobodyChosenIsRefusedOnTheFormWithTheDateKept() {
        form.date().set("2026-11-15");

        form.save();

        assertThat(form.problemsOf("personIds")).hasSize(1);
        assertThat(form.date().get()).isEqualTo("2026-11-15");
    }
}
