package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.text.RuleViolationException;

/** A registrar corrects a recorded event: the rules of recording it, a reason, the persons kept in step. */
class EventCorrectionTest {
    @TempDir
    Path home;
    private Register register;
    private RegisterServices services;
    private EventCorrectionService corrections;
    private Person wang;
    private Person li;
    private Person grandpa;

    @BeforeEach
    void householdOfWang() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        services = new RegisterServices(register, VillageRegister.CLOCK);
        corrections = services.eventCorrections();
        HouseholdFile file = services.households().add(new NewHousehold("0101", "一组", "柳树村一组 3 号",
                HukouType.AGRICULTURAL, null, List.of(
                        VillageRegister.adult("王建国", Sex.MALE, LocalDate.of(1990, 4, 2), 13)
                                .relation(RelationToHead.HEAD).build(),
                        VillageRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1992, 8, 9), 24)
                                .relation(RelationToHead.SPOUSE).build(),
                        VillageRegister.adult("王老汉", Sex.MALE, LocalDate.of(1940, 1, 5), 15)
                                .relation(RelationToHead.PARENT).build())));
        wang = file.members().get(0);
        li = file.members().get(1);
        grandpa = file.members().get(2);
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void aDeathDateTypedAMonthEarlyIsCorrectedAndTheMonthBetweenCountsTheManAgain() {
        Death death = services.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 3, 10), "家中",
                DeathCause.AGE, EventSource.SELF_REPORT));
        assertThat(population("2026-04")).isEqualTo(2);

        Death corrected = corrections.correct(new Death(death.id(), death.version(), death.owner(), death.personId(),
                LocalDate.of(2026, 5, 10), "县医院", DeathCause.DISEASE, death.recorded(), null),
                CorrectionReason.DOCUMENT);

        assertThat(corrected.date()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(corrected.version()).isEqualTo(death.version() + 1);
        assertThat(person(grandpa).leftOn()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(population("2026-04")).isEqualTo(3);
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.entityId()).isEqualTo(death.id());
            assertThat(e.detail()).isEqualTo("fields=date,place,cause;reason=DOCUMENT")
                    .doesNotContain("2026").doesNotContain("医院").doesNotContain("王老汉");
        });
        Change last = lastChange(death.id());
        assertThat(last.version()).isEqualTo(corrected.version());
        assertThat(last.stateJson()).contains("2026-05-10");
    }

    @Test
    void aDeathDateBeforeBirthIsRefusedWithTheMessageOfRecordingAndNothingChanges() {
        Death death = services.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 3, 10), null,
                null, EventSource.SELF_REPORT));
        long changes = register.changes().forEntity(death.id()).size();

        assertThatThrownBy(() -> corrections.correct(new Death(death.id(), death.version(), death.owner(),
                death.personId(), LocalDate.of(1939, 12, 1), null, null, death.recorded(), null),
                CorrectionReason.ENTRY_ERROR))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1939-12-01").hasMessageContaining("1940-01-05");

        assertThat(register.transactions().read(() -> register.deaths().get(death.id())).date())
                .isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(person(grandpa).leftOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(register.changes().forEntity(death.id())).hasSize((int) changes);
        assertThat(audit()).isEmpty();
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedAndAVoidedEventIsNotCorrected() {
        Death death = services.deaths().record(new DeathReport(grandpa.id(), LocalDate.of(2026, 3, 10), null,
                null, EventSource.SELF_REPORT));
        Death later = new Death(death.id(), death.version(), death.owner(), death.personId(),
                LocalDate.of(2026, 3, 11), null, null, death.recorded(), null);
        assertThatThrownBy(() -> corrections.correct(later, null))
                .hasMessageContaining("更正死亡登记须选择更正原因");

        Death voided = register.transactions().write(() -> register.deaths().save(death.withVoidReason("重复登记")));
        assertThatThrownBy(() -> corrections.correct(new Death(death.id(), voided.version(), death.owner(),
                death.personId(), LocalDate.of(2026, 3, 11), null, null, death.recorded(), null),
                CorrectionReason.ENTRY_ERROR))
                .isInstanceOf(RegistryException.class).hasMessageContaining("已作废").hasMessageContaining("重复登记");
        assertThat(audit()).isEmpty();
    }

    @Test
    void aBirthTimeAndSexCorrectedChangeTheChildsRecordAndThe孩次OfTheCouple() {
        RecordedBirth first = birth("王大宝", Sex.MALE, LocalDateTime.of(2024, 5, 1, 8, 0));
        RecordedBirth second = birth("王二宝", Sex.MALE, LocalDateTime.of(2025, 9, 1, 8, 0));
        Birth b = second.births().get(0);
        assertThat(b.birthOrder()).isEqualTo(2);

        Birth corrected = corrections.correct(new Birth(b.id(), b.version(), b.owner(), b.childId(), b.motherId(),
                b.fatherId(), LocalDateTime.of(2023, 9, 1, 8, 0), Sex.FEMALE, b.birthOrder(), BirthPlace.HOSPITAL,
                3100, 39, null, null, b.recorded(), null), CorrectionReason.DOCUMENT);

        Person child = register.transactions().read(() -> register.persons().get(b.childId()));
        assertThat(child.birthDate()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(child.enteredOn()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(child.sex()).isEqualTo(Sex.FEMALE);
        assertThat(corrected.birthOrder()).isEqualTo(1);
        assertThat(register.transactions().read(() -> register.births().get(first.births().get(0).id()))
                .birthOrder()).isEqualTo(2);
        assertThat(audit()).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("fields=bornAt,sex,weightGrams,gestationWeeks;reason=DOCUMENT");
    }

    @Test
    void aPhoneKeptFromBeforePhonesWereCheckedDoesNotStopCorrectingTheBirth() {
        Birth b = birth("王大宝", Sex.MALE, LocalDateTime.of(2024, 5, 1, 8, 0)).births().get(0);
        register.transactions().write(() -> register.persons().save(register.persons().get(b.childId()).toBuilder()
                .phone("母亲电话").build()));

        corrections.correct(new Birth(b.id(), b.version(), b.owner(), b.childId(), b.motherId(), b.fatherId(),
                LocalDateTime.of(2024, 4, 30, 8, 0), b.sex(), b.birthOrder(), BirthPlace.HOSPITAL, 3100, 39, null, null,
                b.recorded(), null), CorrectionReason.DOCUMENT);

        assertThat(register.transactions().read(() -> register.persons().get(b.childId())).birthDate())
                .isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void aBirthMovedWithin180DaysOfTheSiblingIsRefusedAsWhenRecording() {
        birth("王大宝", Sex.MALE, LocalDateTime.of(2024, 5, 1, 8, 0));
        Birth b = birth("王二宝", Sex.MALE, LocalDateTime.of(2025, 9, 1, 8, 0)).births().get(0);

        assertThatThrownBy(() -> corrections.correct(new Birth(b.id(), b.version(), b.owner(), b.childId(),
                b.motherId(), b.fatherId(), LocalDateTime.of(2024, 7, 1, 8, 0), b.sex(), b.birthOrder(), b.place(),
                b.weightGrams(), b.gestationWeeks(), null, null, b.recorded(), null), CorrectionReason.ENTRY_ERROR))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2024-05-01");
        assertThat(register.transactions().read(() -> register.persons().get(b.childId())).birthDate())
                .isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aMarriageDateCorrectedMovesThe初婚日期ThatCameFromIt() {
        Marriage m = sunMarriesZhao("J410103-2026-0001");
        Person zhao = person(m.wifeId());
        Person sun = person(m.husbandId());

        corrections.correct(new Marriage(m.id(), m.version(), m.owner(), m.kind(), m.husbandId(), m.wifeId(), null,
                null, LocalDate.of(2026, 4, 28), m.certificateNumber(), m.recorded(), null),
                CorrectionReason.DOCUMENT);

        assertThat(person(zhao).firstMarriageDate()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(person(sun).firstMarriageDate()).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(person(zhao).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
        assertThat(audit()).singleElement().extracting(AuditEntry::detail).isEqualTo("fields=date;reason=DOCUMENT");
    }

    @Test
    void aDivorceRecordedAsAMarriageIsCorrectedAndBothAreDivorcedWithoutThe初婚日期ItHadGiven() {
        Marriage m = sunMarriesZhao(null);
        Person zhao = person(m.wifeId());
        Person sun = person(m.husbandId());
        assertThat(person(zhao).maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);

        corrections.correct(new Marriage(m.id(), m.version(), m.owner(), MarriageKind.DIVORCE, m.husbandId(),
                m.wifeId(), null, null, m.date(), null, m.recorded(), null), CorrectionReason.ENTRY_ERROR);

        assertThat(person(zhao).maritalStatus()).isEqualTo(MaritalStatus.DIVORCED);
        assertThat(person(sun).maritalStatus()).isEqualTo(MaritalStatus.DIVORCED);
        assertThat(person(zhao).firstMarriageDate()).isNull();
        assertThat(audit()).singleElement().extracting(AuditEntry::detail).isEqualTo("fields=kind;reason=ENTRY_ERROR");
    }

    @Test
    void aFatherCorrectedOnABirthBecomesTheChildsFatherAndAWomanIsRefusedAsFather() {
        Birth b = birth("王小宝", Sex.MALE, LocalDateTime.of(2025, 9, 1, 8, 0)).births().get(0);
        Person zhang = services.persons().register(VillageRegister.adult("张伟", Sex.MALE, LocalDate.of(1989, 1, 1), 19)
                .build());

        assertThatThrownBy(() -> corrections.correct(new Birth(b.id(), b.version(), b.owner(), b.childId(),
                b.motherId(), li.id(), b.bornAt(), b.sex(), b.birthOrder(), b.place(),
                null, null, null, null, b.recorded(), null), CorrectionReason.ENTRY_ERROR))
                .hasMessageContaining("所填父亲 李秀英 的性别不是男");
        corrections.correct(new Birth(b.id(), b.version(), b.owner(), b.childId(), b.motherId(), zhang.id(),
                b.bornAt(), b.sex(), b.birthOrder(), b.place(), null, null, null, null, b.recorded(), null),
                CorrectionReason.SELF_REPORTED);

        assertThat(register.transactions().read(() -> register.persons().get(b.childId())).fatherId())
                .isEqualTo(zhang.id());
        assertThat(register.transactions().read(() -> register.births().get(b.id())).birthOrder()).isEqualTo(1);
    }

    @Test
    void aMarriageDateInTheFutureOrAChangedPartnerIsRefused() {
        Person zhao = services.persons().register(VillageRegister.adult("赵丽", Sex.FEMALE, LocalDate.of(1998, 2, 3), 26)
                .build());
        Marriage m = services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, null, zhao.id(), "张伟",
                null, LocalDate.of(2026, 5, 1), null, EventSource.SELF_REPORT));
        assertThat(m.otherPartyName()).isEqualTo("张伟");

        assertThatThrownBy(() -> corrections.correct(new Marriage(m.id(), m.version(), m.owner(), m.kind(), wang.id(),
                m.wifeId(), null, null, LocalDate.of(2027, 1, 1), null, m.recorded(), null),
                CorrectionReason.ENTRY_ERROR))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("2027-01-01")
                .hasMessageContaining("男方不能在更正中改动");
        assertThat(person(zhao).firstMarriageDate()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void aMoveOutDateCorrectedMovesTheDayTheFamilyLeftAndATransfersDestinationStays() {
        Move out = services.moves().moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 6, 15),
                List.of(), wang.householdId(), "410103200001", null, MoveReason.WORK, EventSource.SELF_REPORT));

        Move corrected = corrections.correct(new Move(out.id(), out.version(), out.owner(), out.kind(),
                out.personIds(), out.householdId(), LocalDate.of(2026, 7, 15), out.fromDivision(), "410103200002",
                "郑州市", MoveReason.FAMILY, out.recorded(), null), CorrectionReason.SELF_REPORTED);

        assertThat(corrected.toDivision()).isEqualTo("410103200002");
        assertThat(person(wang).leftOn()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(person(li).leftOn()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(register.transactions().read(() -> register.households().get(wang.householdId())).closedOn())
                .isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(population("2026-06")).isEqualTo(3);

        assertThatThrownBy(() -> corrections.correct(new Move(out.id(), corrected.version(), out.owner(), out.kind(),
                out.personIds(), out.householdId(), corrected.date(), out.fromDivision(), "410103100002", null,
                MoveReason.FAMILY, out.recorded(), null), CorrectionReason.SELF_REPORTED))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("410103100002");
    }

    @Test
    void aMoveInDateCorrectedMovesTheDayThePersonEnteredAndCannotGoBeforeBirth() {
        Move in = services.moves().moveIn(new MoveInReport(MoveKind.HUKOU_IN, LocalDate.of(2026, 8, 1), "410103200001",
                null, MoveReason.MARRIAGE, EventSource.SELF_REPORT, wang.householdId(), null, List.of(
                        VillageRegister.adult("周敏", Sex.FEMALE, LocalDate.of(2000, 1, 2), 28)
                                .relation(RelationToHead.OTHER).build())));
        Move moved = corrections.correct(new Move(in.id(), in.version(), in.owner(), MoveKind.FLOAT_IN,
                in.personIds(), in.householdId(), LocalDate.of(2026, 7, 1), "410103200002", in.toDivision(),
                null, in.reason(), in.recorded(), null), CorrectionReason.ENTRY_ERROR);

        Person zhou = register.transactions().read(() -> register.persons().get(in.personIds().get(0)));
        assertThat(zhou.enteredOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(zhou.residence()).isEqualTo(org.villageregistry.domain.person.ResidenceStatus.INCOMING);
        assertThatThrownBy(() -> corrections.correct(new Move(in.id(), moved.version(), in.owner(), moved.kind(),
                in.personIds(), in.householdId(), LocalDate.of(1999, 7, 1), moved.fromDivision(), in.toDivision(),
                null, in.reason(), in.recorded(), null), CorrectionReason.ENTRY_ERROR))
                .hasMessageContaining("周敏 的迁入日期 1999-07-01 早于出生日期 2000-01-02");
    }

    private RecordedBirth birth(String name, Sex sex, LocalDateTime at) {
        return services.births().record(new BirthReport(li.id(), wang.id(), at, BirthPlace.HOSPITAL, null,
                EventSource.SELF_REPORT, List.of(new BirthReport.NewChild(name, sex, null, null, null, null))), false);
    }

    private long population(String period) {
        return services.statistics().compute(Period.parse(period)).total().populationEnd();
    }

    /** 孙强 and 赵丽, new to the register, marry on 2026-05-01 (a first marriage for both). */
    private Marriage sunMarriesZhao(String certificate) {
        Person zhao = services.persons().register(VillageRegister.adult("赵丽", Sex.FEMALE, LocalDate.of(1998, 2, 3), 26)
                .build());
        Person sun = services.persons().register(VillageRegister.adult("孙强", Sex.MALE, LocalDate.of(1996, 6, 7), 17)
                .build());
        return services.marriages().record(new MarriageReport(MarriageKind.MARRIAGE, sun.id(), zhao.id(), null, null,
                LocalDate.of(2026, 5, 1), certificate, EventSource.SELF_REPORT));
    }

    private Person person(java.util.UUID id) {
        return register.transactions().read(() -> register.persons().get(id));
    }

    private Person person(Person p) {
        return person(p.id());
    }

    private List<AuditEntry> audit() {
        return register.audit().list(AuditFilter.all().of(AuditAction.EVENT_CORRECTED), 0, 10);
    }

    private Change lastChange(java.util.UUID id) {
        List<Change> changes = register.changes().forEntity(id);
        return changes.get(changes.size() - 1);
    }
}
