package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.household.Household;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;

/**
 * A death or marriage recorded by mistake is voided and its persons put back as they stood before it; refused when
 * they have changed since; a birth goes with the child's record.
 */
class EventVoidTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;
    private Person chen;
    private Person zhou;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
        chen = services.persons().register(VillageRegister.adult("陈国强", Sex.MALE, LocalDate.of(1950, 1, 1), 17)
                .build());
        zhou = services.persons().register(VillageRegister.adult("周桂兰", Sex.FEMALE, LocalDate.of(1952, 2, 2), 28)
                .build());
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aDeathOfTheWrongPersonIsVoidedAndHeAndHisWidowAreAsBefore() {
        Marriage married = marry(MarriageKind.MARRIAGE, "1975-01-01");
        Death death = services.deaths().record(new DeathReport(chen.id(), LocalDate.of(2026, 11, 10), "家中", null,
                EventSource.SELF_REPORT));
        assertThat(person(chen).residence()).isEqualTo(ResidenceStatus.DEAD);
        assertThat(person(zhou).maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);

        services.eventCorrections().voidEvent(death.id(), death.version(), "选错了人");

        assertThat(person(chen).residence()).isEqualTo(ResidenceStatus.RESIDENT);
        assertThat(person(chen).leftOn()).isNull();
        assertThat(person(chen).isActive()).isTrue();
        assertThat(person(zhou).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
        assertThat(register.deaths().get(death.id()).voidReason()).isEqualTo("选错了人");
        assertThat(services.persons().show(chen.id()).timeline()).filteredOn(e -> e.recordId().equals(death.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).isEqualTo("死亡（已作废：选错了人）");
                    assertThat(e.isCorrectableEvent()).isFalse();
                });
        assertThat(register.marriages().get(married.id()).isVoided()).isFalse();
        assertThat(register.audit().list(AuditFilter.all().of(AuditAction.EVENT_VOIDED), 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContain("选错了人"));
        assertThatThrownBy(() -> services.eventCorrections().voidEvent(death.id(), death.version() + 1, "再来"))
                .hasMessageContaining("已经作废");
    }

    @Test
    void aMarriageIsVoidedOnlyAfterTheDivorceThatFollowsIt() {
        Marriage married = marry(MarriageKind.MARRIAGE, "2020-05-01");
        Marriage divorced = marry(MarriageKind.DIVORCE, "2024-05-01");

        assertThatThrownBy(() -> services.eventCorrections().voidEvent(married.id(), married.version(), "录错"))
                .hasMessageContaining("陈国强 在这次登记之后还有婚姻登记");

        services.eventCorrections().voidEvent(divorced.id(), divorced.version(), "不是他们");
        assertThat(person(chen).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
        assertThat(services.persons().show(chen.id()).timeline()).filteredOn(e -> e.recordId().equals(divorced.id()))
                .singleElement().satisfies(e -> {
                    assertThat(e.text()).isEqualTo("离婚（已作废：不是他们）");
                    assertThat(e.isCorrectableEvent()).isFalse();
                });
        assertThat(person(zhou).firstMarriageDate()).isEqualTo(LocalDate.of(2020, 5, 1));

        services.eventCorrections().voidEvent(married.id(), married.version(), "录错");
        for (Person p : List.of(person(chen), person(zhou))) {
            assertThat(p.maritalStatus()).isEqualTo(MaritalStatus.UNMARRIED);
            assertThat(p.firstMarriageDate()).isNull();
        }
    }

    @Test
    void aPersonChangedSinceIsNotPutBackBehindTheRegistrarsBack() {
        Marriage married = marry(MarriageKind.MARRIAGE, "2020-05-01");
        services.persons().correct(person(zhou).toBuilder().maritalStatus(MaritalStatus.REMARRIED).build(),
                CorrectionReason.ENTRY_ERROR);

        assertThatThrownBy(() -> services.eventCorrections().voidEvent(married.id(), married.version(), "录错"))
                .hasMessageContaining("周桂兰 的档案在这次登记之后又改过");
        assertThat(register.marriages().get(married.id()).isVoided()).isFalse();
        assertThat(person(chen).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
    }

    @Test
    void aBirthGoesWithTheChildsRecordAndAReasonIsAsked() {
        Birth birth = services.births().record(new BirthReport(zhou.id(), chen.id(), LocalDateTime.of(2026, 10, 1, 8, 0),
                BirthPlace.HOSPITAL, null, EventSource.SELF_REPORT,
                List.of(new BirthReport.NewChild("陈小宝", Sex.MALE, null, null, null, null))), true).births().get(0);

        assertThatThrownBy(() -> services.eventCorrections().voidEvent(birth.id(), birth.version(), "重复"))
                .hasMessageContaining("请打开孩子 陈小宝 的档案");
        assertThatThrownBy(() -> services.eventCorrections().voidEvent(birth.id(), birth.version(), " "))
                .hasMessageContaining("原因");

        services.persons().voidPerson(birth.childId(), "重复登记");
        assertThat(register.births().get(birth.id()).voidReason()).isEqualTo("重复登记");
    }

    @Test
    void aBirthEndsTheMothersPregnancyAndTheBirthVoidedOpensItAgain() {
        var pregnancy = services.health().recordPregnancy(zhou.id(), LocalDate.of(2026, 3, 1));
        Birth birth = services.births().record(new BirthReport(zhou.id(), chen.id(), LocalDateTime.of(2026, 11, 20, 8, 0),
                BirthPlace.HOSPITAL, null, EventSource.SELF_REPORT,
                List.of(new BirthReport.NewChild("陈小宝", Sex.MALE, null, null, null, null))), true).births().get(0);

        assertThat(register.pregnancies().get(pregnancy.id())).satisfies(p -> {
            assertThat(p.isCurrent()).as("现孕 no more").isFalse();
            assertThat(p.outcome()).isEqualTo(org.villageregistry.domain.health.PregnancyOutcome.LIVE_BIRTH);
            assertThat(p.outcomeDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        });
        assertThat(register.pregnancies().current()).isEmpty();

        services.persons().voidPerson(birth.childId(), "登记错了人");
        assertThat(register.pregnancies().get(pregnancy.id()).isCurrent()).as("the birth was a mistake").isTrue();
    }

    @Test
    void thePersonPageSaysHowManyHealthRecordsThereAreAndNothingOfThem() {
        services.health().recordPregnancy(zhou.id(), LocalDate.of(2026, 3, 1));
        long viewsBefore = services.register().transactions().read(() -> services.register().audit().count(
                new org.villageregistry.domain.repository.AuditFilter(null, null, null,
                        org.villageregistry.domain.repository.AuditAction.HEALTH_RECORD_VIEW, null)));

        var timeline = services.persons().show(zhou.id()).timeline();

        assertThat(timeline).filteredOn(e -> e.type() == org.villageregistry.domain.record.EntityType.PREGNANCY)
                .isEmpty();
        assertThat(timeline).filteredOn(e -> e.text().startsWith("孕情与随访记录")).singleElement()
                .satisfies(e -> {
                    assertThat(e.text()).isEqualTo("孕情与随访记录 1 条：在“孕情与随访”中打开（每次查看记入审计日志）");
                    assertThat(e.date()).as("no day of a health record on the person page").isNull();
                    assertThat(e.recordId()).isNull();
                });
        assertThat(services.register().transactions().read(() -> services.register().audit().count(
                new org.villageregistry.domain.repository.AuditFilter(null, null, null,
                        org.villageregistry.domain.repository.AuditAction.HEALTH_RECORD_VIEW, null))))
                .as("nothing of a health record was shown").isEqualTo(viewsBefore);
    }

    @Test
    void aBirthWhoseDayWasCorrectedMovesThePregnancysEndAndVoidedOpensItAgain() {
        var pregnancy = services.health().recordPregnancy(zhou.id(), LocalDate.of(2026, 3, 1));
        Birth birth = services.births().record(new BirthReport(zhou.id(), chen.id(), LocalDateTime.of(2026, 11, 20, 8, 0),
                BirthPlace.HOSPITAL, null, EventSource.SELF_REPORT,
                List.of(new BirthReport.NewChild("陈小宝", Sex.MALE, null, null, null, null))), true).births().get(0);
        birth = services.eventCorrections().correct(new Birth(birth.id(), birth.version(), birth.owner(),
                birth.childId(), birth.motherId(), birth.fatherId(), LocalDateTime.of(2026, 11, 18, 8, 0), birth.sex(),
                birth.birthOrder(), birth.place(), birth.weightGrams(), birth.gestationWeeks(),
                birth.certificateNumber(), birth.healthStatus(), birth.recorded(), null), CorrectionReason.DOCUMENT,
                true);
        assertThat(register.pregnancies().get(pregnancy.id()).outcomeDate()).isEqualTo(LocalDate.of(2026, 11, 18));

        services.persons().voidPerson(birth.childId(), "登记错了人");
        assertThat(register.pregnancies().get(pregnancy.id()).isCurrent()).as("the birth was a mistake").isTrue();
    }

    @Test
    void aWholeHouseholdMovedOutByMistakeLivesHereAgainAndLeavesTheMonthsFigures() {
        HouseholdFile file = new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold(null, "一组",
                null, HukouType.AGRICULTURAL, LocalDate.of(2020, 1, 1), List.of(
                        VillageRegister.adult("孙立新", Sex.MALE, LocalDate.of(1980, 3, 3), 41)
                                .relation(RelationToHead.HEAD).build(),
                        VillageRegister.adult("钱红", Sex.FEMALE, LocalDate.of(1982, 4, 4), 42)
                                .relation(RelationToHead.SPOUSE).build())));
        Move out = services.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 15),
                List.of(), file.household().id(), "410103200001", null, MoveReason.WORK, EventSource.SELF_REPORT));
        assertThat(register.households().get(file.household().id()).closedOn()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(movesOutInNovember()).isEqualTo(2);

        services.eventCorrections().voidEvent(out.id(), out.version(), "迁错了户");

        for (Person p : file.members()) {
            assertThat(person(p).residence()).isEqualTo(ResidenceStatus.RESIDENT);
            assertThat(person(p).leftOn()).isNull();
        }
        assertThat(register.households().get(file.household().id()).closedOn()).isNull();
        assertThat(register.moves().get(out.id()).voidReason()).isEqualTo("迁错了户");
        assertThat(movesOutInNovember()).isZero();
        assertThat(services.persons().show(file.members().get(0).id()).timeline())
                .filteredOn(e -> e.recordId().equals(out.id())).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("已作废：迁错了户"));
    }

    @Test
    void aMoveInThatDidNotHappenVoidsThePersonsAndTheHouseholdItBrought() {
        Move in = services.moves().moveIn(new MoveInReport(MoveKind.HUKOU_IN, LocalDate.of(2026, 11, 12),
                "410200100001", null, MoveReason.WORK, EventSource.SELF_REPORT, null, new NewHousehold(null, "二组",
                null, HukouType.AGRICULTURAL, LocalDate.of(2026, 11, 12), List.of(
                        VillageRegister.adult("吴明", Sex.MALE, LocalDate.of(1990, 6, 6), 51)
                                .relation(RelationToHead.HEAD).build(),
                        VillageRegister.adult("郑丽", Sex.FEMALE, LocalDate.of(1991, 7, 7), 52)
                                .relation(RelationToHead.SPOUSE).build())), List.of()));
        assertThat(in.personIds()).hasSize(2);
        StatisticsService statistics = new StatisticsService(register);
        assertThat(statistics.compute(Period.parse("2026-11")).total().movesIn()).isEqualTo(2);

        services.eventCorrections().voidEvent(in.id(), in.version(), "登记错了村");

        for (java.util.UUID id : in.personIds()) {
            assertThat(register.persons().get(id).voidReason()).isEqualTo("登记错了村");
        }
        assertThat(register.households().get(in.householdId()).voidReason()).isEqualTo("登记错了村");
        assertThat(statistics.compute(Period.parse("2026-11")).total().movesIn()).isZero();
    }

    @Test
    void aMoveInIsNotVoidedWholeOnceItsPersonsLivedOnHere() {
        Move in = services.moves().moveIn(new MoveInReport(MoveKind.FLOAT_IN, LocalDate.of(2026, 10, 1), null,
                null, MoveReason.WORK, EventSource.SELF_REPORT, null, null, List.of(VillageRegister.adult("冯军",
                        Sex.MALE, LocalDate.of(1988, 8, 8), 61).relation(RelationToHead.OTHER).build())));
        Person feng = register.persons().get(in.personIds().get(0));
        services.persons().correct(feng.toBuilder().name("冯俊").build(), CorrectionReason.ENTRY_ERROR);

        assertThatThrownBy(() -> services.eventCorrections().voidEvent(in.id(), in.version(), "录错"))
                .hasMessageContaining("冯俊 迁入之后档案又改过");
        assertThat(register.moves().get(in.id()).isVoided()).isFalse();
        assertThat(register.persons().get(feng.id()).isVoided()).isFalse();
    }

    @Test
    void aMoveBetweenTwoVillagesOfTheTownshipOrBeforeALaterMoveIsNotVoided() {
        Move transfer = services.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 1),
                List.of(chen.id()), null, "410103100002", null, MoveReason.MARRIAGE, EventSource.SELF_REPORT));
        assertThat(transfer.betweenVillages()).isTrue();
        assertThatThrownBy(() -> services.eventCorrections().voidEvent(transfer.id(), transfer.version(), "录错"))
                .hasMessageContaining("两个村的台账都记着");

        Move away = services.moves().moveOut(new MoveOutReport(MoveKind.FLOAT_OUT, LocalDate.of(2026, 10, 1),
                List.of(zhou.id()), null, null, "广东东莞", MoveReason.WORK, EventSource.SELF_REPORT));
        Move gone = services.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 2),
                List.of(zhou.id()), null, "440000000000", null, MoveReason.WORK, EventSource.SELF_REPORT));
        assertThatThrownBy(() -> services.eventCorrections().voidEvent(away.id(), away.version(), "录错"))
                .hasMessageContaining("周桂兰 在这次迁移之后还有迁移登记");

        services.eventCorrections().voidEvent(gone.id(), gone.version(), "没有迁走");
        assertThat(person(zhou).residence()).isEqualTo(ResidenceStatus.AWAY);
        assertThat(person(zhou).leftOn()).isNull();
        services.eventCorrections().voidEvent(away.id(), away.version(), "没有外出");
        assertThat(person(zhou).residence()).isEqualTo(ResidenceStatus.RESIDENT);
    }

    @Test
    void aDeathOrMoveWhoseDateWasCorrectedIsStillVoided() {
        Death death = services.deaths().record(new DeathReport(chen.id(), LocalDate.of(2026, 11, 10), "家中", null,
                EventSource.SELF_REPORT));
        death = services.eventCorrections().correct(new Death(death.id(), death.version(), death.owner(),
                death.personId(), LocalDate.of(2026, 11, 8), "家中", null, death.recorded(), null),
                CorrectionReason.DOCUMENT);
        assertThat(person(chen).leftOn()).isEqualTo(LocalDate.of(2026, 11, 8));
        services.eventCorrections().voidEvent(death.id(), death.version(), "选错了人");
        assertThat(person(chen).isActive()).isTrue();
        assertThat(person(chen).leftOn()).isNull();

        Move in = services.moves().moveIn(new MoveInReport(MoveKind.HUKOU_IN, LocalDate.of(2026, 11, 12),
                "410200100001", null, MoveReason.WORK, EventSource.SELF_REPORT, null, new NewHousehold(null, "二组",
                null, HukouType.AGRICULTURAL, LocalDate.of(2026, 11, 12), List.of(
                        VillageRegister.adult("吴明", Sex.MALE, LocalDate.of(1990, 6, 6), 51)
                                .relation(RelationToHead.HEAD).build())), List.of()));
        in = services.eventCorrections().correct(new Move(in.id(), in.version(), in.owner(), in.kind(),
                in.personIds(), in.householdId(), LocalDate.of(2026, 11, 2), in.fromDivision(), in.toDivision(),
                in.address(), in.reason(), in.recorded(), null), CorrectionReason.DOCUMENT);
        assertThat(register.persons().get(in.personIds().get(0)).enteredOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        services.eventCorrections().voidEvent(in.id(), in.version(), "登记错了村");
        assertThat(register.persons().get(in.personIds().get(0)).isVoided()).isTrue();
        assertThat(register.households().get(in.householdId()).isVoided()).isTrue();
    }

    @Test
    void aWholeHouseholdMoveOutWhoseDateWasCorrectedIsStillVoided() {
        HouseholdFile file = new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold(null, "一组",
                null, HukouType.AGRICULTURAL, LocalDate.of(2020, 1, 1), List.of(
                        VillageRegister.adult("孙立新", Sex.MALE, LocalDate.of(1980, 3, 3), 41)
                                .relation(RelationToHead.HEAD).build())));
        Move out = services.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 15),
                List.of(), file.household().id(), "410103200001", null, MoveReason.WORK, EventSource.SELF_REPORT));
        out = services.eventCorrections().correct(new Move(out.id(), out.version(), out.owner(), out.kind(),
                out.personIds(), out.householdId(), LocalDate.of(2026, 11, 9), out.fromDivision(), out.toDivision(),
                out.address(), out.reason(), out.recorded(), null), CorrectionReason.DOCUMENT);
        assertThat(register.households().get(file.household().id()).closedOn()).isEqualTo(LocalDate.of(2026, 11, 9));

        services.eventCorrections().voidEvent(out.id(), out.version(), "迁错了户");

        assertThat(register.households().get(file.household().id()).closedOn()).isNull();
        assertThat(person(file.members().get(0)).residence()).isEqualTo(ResidenceStatus.RESIDENT);
        assertThat(person(file.members().get(0)).leftOn()).isNull();
        assertThat(movesOutInNovember()).isZero();
    }

    @Test
    void aMoveInThatMadeItsPersonHeadOfAHeadlessHouseholdIsVoidedAndTheHouseholdIsAsBefore() {
        HouseholdFile file = new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold(null, "一组",
                null, HukouType.AGRICULTURAL, LocalDate.of(2020, 1, 1), List.of(
                        VillageRegister.adult("郑大山", Sex.MALE, LocalDate.of(1970, 3, 3), 43)
                                .relation(RelationToHead.HEAD).build(),
                        VillageRegister.adult("郑小川", Sex.MALE, LocalDate.of(1995, 4, 4), 47)
                                .relation(RelationToHead.SON).build())));
        Person head = file.members().get(0);
        services.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 10, 5),
                List.of(head.id()), null, "410103200001", null, MoveReason.WORK, EventSource.SELF_REPORT));
        Household headless = register.households().get(file.household().id());
        Move in = services.moves().moveIn(new MoveInReport(MoveKind.HUKOU_IN, LocalDate.of(2026, 11, 3),
                "410200100001", null, MoveReason.MARRIAGE, EventSource.SELF_REPORT, file.household().id(), null,
                List.of(VillageRegister.adult("郑二河", Sex.MALE, LocalDate.of(1972, 5, 5), 45)
                        .relation(RelationToHead.HEAD).build())));
        UUID arrived = in.personIds().get(0);
        assertThat(register.households().get(file.household().id()).headId()).isEqualTo(arrived);

        services.eventCorrections().voidEvent(in.id(), in.version(), "登记错了户");

        assertThat(register.persons().get(arrived).isVoided()).isTrue();
        assertThat(register.households().get(file.household().id()).headId()).isEqualTo(headless.headId());
        assertThat(register.moves().get(in.id()).voidReason()).isEqualTo("登记错了户");
    }

    private long movesOutInNovember() {
        return new StatisticsService(register).compute(Period.parse("2026-11")).total().movesOut();
    }

    private Marriage marry(MarriageKind kind, String day) {
        return services.marriages().record(new MarriageReport(kind, chen.id(), zhou.id(), null, null,
                LocalDate.parse(day), null, EventSource.SELF_REPORT));
    }

    private Person person(Person p) {
        return register.persons().get(p.id());
    }
}
