package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RuleViolationException;

/**
 * A divorce dissolves a marriage the register knows of: never for two persons who are not married, not dated before
 * the marriage, not between two persons each last married to someone else; and a correction keeps that order.
 */
class DivorceRulesTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;
    private Person ma;
    private Person gao;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
        ma = services.persons().register(VillageRegister.adult("马鹏", Sex.MALE, LocalDate.of(1996, 10, 13), 31)
                .build());
        gao = services.persons().register(VillageRegister.adult("高春燕", Sex.FEMALE, LocalDate.of(1994, 12, 6), 16)
                .build());
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void twoPersonsNeverMarriedCannotBeDivorced() {
        assertThatThrownBy(() -> record(MarriageKind.DIVORCE, ma, gao, "2026-11-01"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("马鹏 的婚姻状况是“未婚”，不是已婚，不能登记离婚")
                .hasMessageContaining("高春燕 的婚姻状况是“未婚”");
        assertThat(status(ma)).isEqualTo(MaritalStatus.UNMARRIED);
        assertThat(register.marriages().byPerson(ma.id())).isEmpty();
    }

    @Test
    void aDivorceIsNotDatedBeforeTheMarriage() {
        record(MarriageKind.MARRIAGE, ma, gao, "2026-11-18");

        assertThatThrownBy(() -> record(MarriageKind.DIVORCE, ma, gao, "2026-11-10"))
                .hasMessageContaining("马鹏 于 2026-11-18 结婚，离婚日期不能更早");
        assertThat(status(gao)).isEqualTo(MaritalStatus.FIRST_MARRIAGE);

        record(MarriageKind.DIVORCE, ma, gao, "2026-11-19");
        assertThat(status(ma)).isEqualTo(MaritalStatus.DIVORCED);
        assertThat(status(gao)).isEqualTo(MaritalStatus.DIVORCED);
    }

    @Test
    void twoPersonsMarriedToOthersAreNotDivorcedFromEachOther() {
        Person liu = services.persons().register(VillageRegister.adult("刘洋", Sex.MALE, LocalDate.of(1990, 1, 1), 19)
                .build());
        Person sun = services.persons().register(VillageRegister.adult("孙丽", Sex.FEMALE, LocalDate.of(1991, 2, 2),
                24).build());
        record(MarriageKind.MARRIAGE, ma, gao, "2020-05-01");
        record(MarriageKind.MARRIAGE, liu, sun, "2019-05-01");

        assertThatThrownBy(() -> record(MarriageKind.DIVORCE, ma, sun, "2026-11-01"))
                .hasMessageContaining("台账中 马鹏 最近一次结婚的配偶不是 孙丽");
        assertThat(status(sun)).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
    }

    @Test
    void aCorrectionKeepsTheDivorceAfterTheMarriage() {
        Marriage married = record(MarriageKind.MARRIAGE, ma, gao, "2026-11-05");
        Marriage divorced = record(MarriageKind.DIVORCE, ma, gao, "2026-11-10");
        EventCorrectionService corrections = services.eventCorrections();

        assertThatThrownBy(() -> corrections.correct(withDate(register.marriages().get(married.id()), "2026-11-18"),
                CorrectionReason.ENTRY_ERROR)).hasMessageContaining("马鹏 于 2026-11-10 登记了离婚，结婚日期不能改到离婚之后");
        assertThatThrownBy(() -> corrections.correct(withDate(register.marriages().get(divorced.id()), "2026-11-01"),
                CorrectionReason.ENTRY_ERROR)).hasMessageContaining("马鹏 于 2026-11-05 结婚，离婚日期不能更早");

        corrections.correct(withDate(register.marriages().get(married.id()), "2026-11-08"), CorrectionReason.ENTRY_ERROR);
        assertThat(register.marriages().get(married.id()).date()).isEqualTo(LocalDate.of(2026, 11, 8));
    }

    private Marriage record(MarriageKind kind, Person husband, Person wife, String day) {
        return services.marriages().record(new MarriageReport(kind, husband.id(), wife.id(), null, null,
                LocalDate.parse(day), null, EventSource.SELF_REPORT));
    }

    private static Marriage withDate(Marriage m, String day) {
        return new Marriage(m.id(), m.version(), m.owner(), m.kind(), m.husbandId(), m.wifeId(), m.otherPartyName(),
                m.otherPartyIdNumber(), LocalDate.parse(day), m.certificateNumber(), m.recorded(), m.voidReason());
    }

    private MaritalStatus status(Person p) {
        return register.persons().get(p.id()).maritalStatus();
    }
}
