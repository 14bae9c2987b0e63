package org.villageregistry.service.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.events.EventsRegister;

/** A person who died is paid through the month of the death and no further, and the death says so. */
class BenefitAfterDeathTest {
    @TempDir
    Path home;
    private RegisterServices services;
    private BenefitProgramme reward;
    private Person ma;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        services = EventsRegister.open(home);
        reward = services.register().transactions().write(() -> services.register().programmes().save(
                new BenefitProgramme(java.util.UUID.randomUUID(), 0, EventsRegister.VILLAGE, "NCJLFZ",
                        "农村部分计划生育家庭奖励扶助", ProgrammeKind.RURAL_REWARD, java.util.List.of(
                        new org.villageregistry.domain.benefit.Rate(LocalDate.of(2012, 1, 1),
                                org.villageregistry.domain.benefit.Money.yuan(960),
                                org.villageregistry.domain.benefit.Rate.RatePeriod.YEAR)), java.util.Map.of(), null)));
        ma = services.persons().register(EventsRegister.adult("马霞", Sex.FEMALE, LocalDate.of(1958, 4, 4), 2).build());
        services.benefits().enrol(ma.id(), reward.id(), null, LocalDate.of(2026, 1, 1), "独生子女父母光荣证");
    }

    @AfterEach
    void close() {
        services.register().close();
    }

    @Test
    void theDeathFormSaysHerBenefitStops() {
        var form = new org.villageregistry.ui.events.death.DeathFormModel(services.deaths(), services.persons(),
                new org.villageregistry.service.task.SameThreadTaskExecutor());
        form.person().pick(ma);
        form.date().set("2026-10-15");
        form.save();
        assertThat(form.savedMessage().get()).contains("马霞 享受 农村部分计划生育家庭奖励扶助：2026-10 月以后不再发放",
                "终止享受");
    }

    @Test
    void theMonthsAfterTheDeathAreNotPaidAndTheReviewListForgetsHer() {
        var enrolment = services.register().enrolments().byPerson(ma.id()).get(0);
        services.register().transactions().write(() -> services.register().enrolments().save(new org.villageregistry
                .domain.benefit.Enrolment(enrolment.id(), enrolment.version(), enrolment.owner(), enrolment.personId(),
                enrolment.programmeId(), null, enrolment.from(), null, enrolment.evidence(), enrolment.verifiedBy(),
                enrolment.verifiedOn(), LocalDate.of(2026, 11, 25), null)));
        assertThat(services.today().items()).as("her review is due").anyMatch(i -> i.records().stream()
                .anyMatch(r -> r.name().equals("马霞")));
        assertThat(services.deaths().openBenefits(ma.id())).containsExactly(reward.name());
        services.deaths().record(new DeathReport(ma.id(), LocalDate.of(2026, 10, 15), "家中", null,
                EventSource.SELF_REPORT));

        BatchSummary year = services.paymentBatches().createBatch(reward.id(), "2026");
        assertThat(year.payments()).isEqualTo(1);
        assertThat(year.total().fen()).as("January to October, the month she died in: ten twelfths of 960 元")
                .isEqualTo(80_000);
        assertThatThrownBy(() -> services.paymentBatches().createBatch(reward.id(), "2027"))
                .isInstanceOf(RegistryException.class).hasMessageContaining("没有应发而未发");
        assertThat(services.today().items()).noneMatch(i -> i.records().stream()
                .anyMatch(r -> r.name().equals("马霞")));
    }
}
