package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RuleViolationException;
import org.villageregistry.domain.text.StaleRecordException;

/** The registrar's everyday work through the services, on a real encrypted register. */
class RegistrarStoriesTest {
    @TempDir
    Path home;

    Register register;
    HouseholdService households;
    PersonService persons;

    @BeforeEach
    void openVillage() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        households = new HouseholdService(register, VillageRegister.CLOCK);
        persons = new PersonService(register, VillageRegister.CLOCK);
    }

    @AfterEach
    void close() {
        register.close();
    }

    /** 王建国 (head) and 李秀英 (spouse), married 2018, with their first child 王小明 born 2020. */
    private HouseholdFile wangFamily() {
        Person head = VillageRegister.adult("王建国", Sex.MALE, LocalDate.of(1990, 3, 1), 11)
                .relation(RelationToHead.HEAD).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2018, 5, 1)).build();
        Person wife = VillageRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1992, 7, 15), 22)
                .relation(RelationToHead.SPOUSE).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2018, 5, 1)).build();
        Person son = VillageRegister.adult("王小明", Sex.MALE, LocalDate.of(2020, 2, 2), 13).idNumber(null)
                .relation(RelationToHead.SON).motherId(wife.id()).fatherId(head.id()).maritalStatus(null).build();
        return households.add(new NewHousehold(null, "三组", "柳树村三组 12 号", HukouType.AGRICULTURAL,
                LocalDate.of(2018, 5, 1), List.of(head, wife, son)));
    }

    @Test
    void recordingABirthGivesTheChildTheNextOrderAndTheMothersHousehold() {
        HouseholdFile wang = wangFamily();
        Person father = wang.members().get(0);
        Person mother = wang.members().get(1);

        RecordedBirth recorded = new BirthService(register, VillageRegister.CLOCK).record(new BirthReport(
                mother.id(), father.id(), LocalDate.of(2026, 10, 5).atTime(8, 30), BirthPlace.HOSPITAL, 39,
                EventSource.HOSPITAL, List.of(new BirthReport.NewChild("王小红", Sex.FEMALE, null, 3200, null, null))),
                false);

        assertThat(recorded.births()).singleElement().satisfies(b -> assertThat(b.birthOrder()).isEqualTo(2));
        Person child = register.persons().get(recorded.children().get(0).id());
        assertThat(child.householdId()).isEqualTo(wang.household().id());
        assertThat(child.relation()).isEqualTo(RelationToHead.DAUGHTER);
        assertThat(child.motherId()).isEqualTo(mother.id());
        assertThat(child.fatherId()).isEqualTo(father.id());
        assertThat(child.enteredOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(persons.show(mother.id()).timeline()).filteredOn(e -> !e.isChange()).extracting(TimelineEntry::text)
                .containsExactly("生育一女孩（第 2 孩）");
        // the event says who recorded it and when, as a change of the record says who made it
        assertThat(persons.show(mother.id()).timeline()).filteredOn(e -> !e.isChange()).singleElement()
                .satisfies(e -> {
                    assertThat(e.recorded().recordedBy()).isEqualTo("admin");
                    assertThat(e.recorded().recordedOn()).isEqualTo(VillageRegister.TODAY);
                });
        assertThat(persons.show(mother.id()).timeline()).filteredOn(TimelineEntry::isChange)
                .extracting(TimelineEntry::author).containsOnly("admin");
    }

    @Test
    void recordingTwinsGivesEachChildItsOwnOrder() {
        HouseholdFile wang = wangFamily();
        Person mother = wang.members().get(1);

        RecordedBirth twins = new BirthService(register, VillageRegister.CLOCK).record(new BirthReport(
                mother.id(), wang.members().get(0).id(), LocalDate.of(2026, 9, 1).atTime(6, 0), BirthPlace.HOSPITAL,
                37, EventSource.SELF_REPORT, List.of(
                        new BirthReport.NewChild("王大宝", Sex.MALE, null, 2600, null, null),
                        new BirthReport.NewChild("王二宝", Sex.MALE, LocalDate.of(2026, 9, 1).atTime(6, 12), 2500,
                                null, null))), false);

        assertThat(twins.births()).extracting(b -> b.birthOrder()).containsExactly(2, 3);
        assertThat(register.persons().members(wang.household().id())).hasSize(5);
    }

    @Test
    void aBirthToAMotherAged13IsRefusedUntilConfirmed() {
        Person girl = persons.register(VillageRegister.adult("赵小兰", Sex.FEMALE, LocalDate.of(2013, 1, 1), 42)
                .maritalStatus(null).build());
        BirthReport report = new BirthReport(girl.id(), null, LocalDate.of(2026, 11, 1).atTime(9, 0),
                BirthPlace.HOSPITAL, 38, EventSource.HOSPITAL,
                List.of(new BirthReport.NewChild("赵宝", Sex.MALE, null, 3000, null, null)));
        BirthService births = new BirthService(register, VillageRegister.CLOCK);

        assertThatThrownBy(() -> births.record(report, false)).isInstanceOf(RuleViolationException.class);
        assertThat(register.persons().childrenOf(girl.id())).isEmpty();

        RecordedBirth confirmed = births.record(report, true);
        assertThat(confirmed.warnings()).isNotEmpty();
        assertThat(register.persons().childrenOf(girl.id())).hasSize(1);
    }

    @Test
    void aBadIdNumberIsRefusedWithTheChineseMessageAndNothingIsWritten() {
        long changesBefore = register.changes().last().map(c -> c.changeId()).orElse(0L);
        Person wrongCheckDigit = VillageRegister.adult("张伟", Sex.MALE, LocalDate.of(1985, 6, 1), 15)
                .idNumber("410103198506010150").build();

        assertThatThrownBy(() -> persons.register(wrongCheckDigit))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("idNumber")))
                .hasMessageContaining("校验");
        assertThat(register.persons().count()).isZero();
        assertThat(register.changes().last().map(c -> c.changeId()).orElse(0L)).isEqualTo(changesBefore);
    }

    @Test
    void anIdNumberAlreadyHeldByAnActivePersonIsRefused() {
        Person first = persons.register(VillageRegister.adult("张伟", Sex.MALE, LocalDate.of(1985, 6, 1), 15).build());
        Person same = VillageRegister.adult("张卫", Sex.MALE, LocalDate.of(1985, 6, 1), 15).build();

        assertThatThrownBy(() -> persons.register(same)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(first.name());
        assertThat(register.persons().count()).isEqualTo(1);
    }

    @Test
    void aStaleUpdateIsRefusedAndTheFirstCorrectionIsKept() {
        Person read = persons.register(VillageRegister.adult("张伟", Sex.MALE, LocalDate.of(1985, 6, 1), 15).build());
        persons.update(read.toBuilder().phone("13800000001").build());

        assertThatThrownBy(() -> persons.update(read.toBuilder().phone("13900000002").build()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(register.persons().get(read.id()).phone()).isEqualTo("13800000001");
    }

    @Test
    void movingOutToAVillageOfTheSameTownshipIsATransfer() {
        HouseholdFile wang = wangFamily();
        Person son = wang.members().get(2);
        MoveService moves = new MoveService(register, VillageRegister.CLOCK);

        Move transfer = moves.moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 2),
                List.of(son.id()), null, "410103100002", "杨庄村", MoveReason.FAMILY, EventSource.SELF_REPORT));

        assertThat(transfer.isTransfer()).isTrue();
        Person after = register.persons().get(son.id());
        assertThat(after.residence()).isEqualTo(ResidenceStatus.MOVED_OUT);
        assertThat(after.leftOn()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void movingOutToAnotherTownshipIsNotATransferAndGoingAwayKeepsThePersonInTheRegister() {
        HouseholdFile wang = wangFamily();
        MoveService moves = new MoveService(register, VillageRegister.CLOCK);

        Move away = moves.moveOut(new MoveOutReport(MoveKind.FLOAT_OUT, LocalDate.of(2026, 11, 3),
                List.of(wang.members().get(0).id()), null, null, "广东东莞", MoveReason.WORK, null));
        Move out = moves.moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 4),
                List.of(wang.members().get(1).id()), null, "410103200001", null, MoveReason.MARRIAGE, null));

        assertThat(away.isTransfer()).isFalse();
        assertThat(out.isTransfer()).isFalse();
        Person worker = register.persons().get(wang.members().get(0).id());
        assertThat(worker.residence()).isEqualTo(ResidenceStatus.AWAY);
        assertThat(worker.isActive()).isTrue();
        assertThat(worker.leftOn()).isNull();
    }

    @Test
    void aDeathTakesThePersonOutAndWidowsTheSpouse() {
        Person man = persons.register(VillageRegister.adult("陈国强", Sex.MALE, LocalDate.of(1950, 1, 1), 17).build());
        Person woman = persons.register(VillageRegister.adult("周桂兰", Sex.FEMALE, LocalDate.of(1952, 2, 2), 28)
                .build());
        new MarriageService(register, VillageRegister.CLOCK).record(new MarriageReport(MarriageKind.MARRIAGE,
                man.id(), woman.id(), null, null, LocalDate.of(1975, 1, 1), null, EventSource.SELF_REPORT));

        new DeathService(register, VillageRegister.CLOCK).record(new DeathReport(man.id(), LocalDate.of(2026, 11, 10),
                "家中", null, EventSource.SELF_REPORT));

        Person dead = register.persons().get(man.id());
        assertThat(dead.residence()).isEqualTo(ResidenceStatus.DEAD);
        assertThat(dead.leftOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(register.persons().get(woman.id()).maritalStatus()).isEqualTo(MaritalStatus.WIDOWED);
    }

    @Test
    void aFirstMarriageSetsBothStatusesAndTheFirstMarriageDate() {
        Person man = persons.register(VillageRegister.adult("刘洋", Sex.MALE, LocalDate.of(1996, 1, 1), 19).build());
        Person woman = persons.register(VillageRegister.adult("孙丽", Sex.FEMALE, LocalDate.of(1998, 2, 2), 24).build());

        new MarriageService(register, VillageRegister.CLOCK).record(new MarriageReport(MarriageKind.MARRIAGE,
                man.id(), woman.id(), null, null, LocalDate.of(2026, 10, 1), "J410103-2026-001", null));

        for (Person p : List.of(register.persons().get(man.id()), register.persons().get(woman.id()))) {
            assertThat(p.maritalStatus()).isEqualTo(MaritalStatus.FIRST_MARRIAGE);
            assertThat(p.firstMarriageDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        }
        assertThatThrownBy(() -> new MarriageService(register, VillageRegister.CLOCK).record(new MarriageReport(
                MarriageKind.MARRIAGE, man.id(), null, "某某", null, LocalDate.of(2026, 11, 1), null, null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("已婚");
    }

    @Test
    void aHouseholdWithABadMemberIsNotSavedAtAll() {
        Person head = VillageRegister.adult("王建国", Sex.MALE, LocalDate.of(1990, 3, 1), 11)
                .relation(RelationToHead.HEAD).build();
        Person badId = VillageRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1992, 7, 15), 22)
                .idNumber("41010319920715002").relation(RelationToHead.SPOUSE).build();

        assertThatThrownBy(() -> households.add(new NewHousehold(null, "三组", null, HukouType.AGRICULTURAL, null,
                List.of(head, badId)))).isInstanceOf(RuleViolationException.class);
        assertThat(register.persons().count()).isZero();
        assertThat(register.households().count()).isZero();
    }
}
