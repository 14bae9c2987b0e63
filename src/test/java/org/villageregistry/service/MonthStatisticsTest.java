package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;

/**
 * November 2026 in 柳树村, counted by hand: 5 persons on 31 October; one girl born to 李秀英 (her second child),
 * 王奶奶 died, 赵刚 moved in, 王小明 moved out, 王建国 went to work elsewhere (still in the register).
 */
class MonthStatisticsTest {
    @TempDir
    Path home;

    Register register;
    Person head;
    Person wife;
    Person son;
    Person grandmother;

    @BeforeEach
    void novemberInTheVillage() {
        Messages.setLocale(Messages.CHINESE);
        register = VillageRegister.open(home);
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        head = VillageRegister.adult("王建国", Sex.MALE, LocalDate.of(1990, 3, 1), 11).relation(RelationToHead.HEAD)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2018, 5, 1)).build();
        wife = VillageRegister.adult("李秀英", Sex.FEMALE, LocalDate.of(1992, 7, 15), 22)
                .relation(RelationToHead.SPOUSE).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2018, 5, 1)).build();
        son = VillageRegister.adult("王小明", Sex.MALE, LocalDate.of(2020, 2, 2), 13).idNumber(null)
                .relation(RelationToHead.SON).motherId(wife.id()).fatherId(head.id()).maritalStatus(null).build();
        grandmother = VillageRegister.adult("王奶奶", Sex.FEMALE, LocalDate.of(1950, 4, 4), 24)
                .relation(RelationToHead.PARENT).maritalStatus(MaritalStatus.WIDOWED).build();
        new HouseholdService(register, VillageRegister.CLOCK).add(new NewHousehold(null, "一组", null,
                HukouType.AGRICULTURAL, jan1, List.of(head, wife, son, grandmother)));
        new PersonService(register, VillageRegister.CLOCK).register(VillageRegister.adult("周红", Sex.FEMALE,
                LocalDate.of(1985, 8, 8), 26).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .firstMarriageDate(LocalDate.of(2008, 1, 1)).relation(RelationToHead.HEAD).enteredOn(jan1).build());

        new BirthService(register, VillageRegister.CLOCK).record(new BirthReport(wife.id(), head.id(),
                LocalDate.of(2026, 11, 5).atTime(7, 0), BirthPlace.HOSPITAL, 39, EventSource.HOSPITAL,
                List.of(new BirthReport.NewChild("王小红", Sex.FEMALE, null, 3100, null, null))), false);
        new DeathService(register, VillageRegister.CLOCK).record(new DeathReport(grandmother.id(),
                LocalDate.of(2026, 11, 10), "家中", null, EventSource.SELF_REPORT));
        MoveService moves = new MoveService(register, VillageRegister.CLOCK);
        moves.moveIn(new MoveInReport(MoveKind.HUKOU_IN, LocalDate.of(2026, 11, 12), "410103200001", null,
                MoveReason.MARRIAGE, EventSource.SELF_REPORT, null, null, List.of(VillageRegister.adult("赵刚",
                Sex.MALE, LocalDate.of(1995, 5, 5), 33).relation(RelationToHead.OTHER).build())));
        moves.moveOut(new MoveOutReport(MoveKind.HUKOU_OUT, LocalDate.of(2026, 11, 15), List.of(son.id()), null,
                "410103100002", null, MoveReason.FAMILY, null));
        moves.moveOut(new MoveOutReport(MoveKind.FLOAT_OUT, LocalDate.of(2026, 11, 16), List.of(head.id()), null,
                null, "广东东莞", MoveReason.WORK, null));
    }

    @AfterEach
    void close() {
        register.close();
    }

    @Test
    void theMonthsFiguresMatchTheHandCount() {
        StatisticsReport report = new StatisticsService(register).compute(Period.parse("2026-11"));
        DivisionStatistics s = report.total();

        assertThat(report.villages()).isEmpty();
        assertThat(s.populationStart()).isEqualTo(5);
        assertThat(s.populationEnd()).isEqualTo(5);
        assertThat(s.populationAtEnd()).containsEntry(ResidenceStatus.RESIDENT, 4L)
                .containsEntry(ResidenceStatus.AWAY, 1L);
        assertThat(s.births()).isEqualTo(new BirthFigures(1, 0, 1, 0, 1, 0));
        assertThat(s.deaths()).isEqualTo(1);
        assertThat(s.movesIn()).isEqualTo(1);
        assertThat(s.movesOut()).isEqualTo(1);
        assertThat(s.moves()).containsEntry(MoveKind.FLOAT_OUT, 1L);
        assertThat(s.balance().balanced()).isTrue();
        assertThat(s.birthRate()).hasValueSatisfying(r -> assertThat(r.value()).isEqualTo(2400.0));
        assertThat(s.sexRatioAtBirth().smallNumbers()).isTrue();
        assertThat(s.orderShares().second().percent()).contains(100.0);
        assertThat(s.women15to49()).isEqualTo(2);
        assertThat(s.marriedWomen15to49()).isEqualTo(2);
        assertThat(s.registrationTimeliness().part()).isEqualTo(1);
    }

    @Test
    void aPersonEnteredOnADayWithoutAMoveOrBirthUnbalancesThatMonthOnly() {
        // the household was entered as existing residents (in the register since birth); 周红 was given an
        // entry day of 2026-01-01 with no move-in event, which the balance must expose
        StatisticsService statistics = new StatisticsService(register);
        DivisionStatistics january = statistics.compute(Period.parse("2026-01")).total();
        DivisionStatistics february = statistics.compute(Period.parse("2026-02")).total();

        assertThat(january.populationStart()).isEqualTo(4);
        assertThat(january.populationEnd()).isEqualTo(5);
        assertThat(january.balance().difference()).isEqualTo(1);
        assertThat(february.balance().difference()).isZero();
    }

    @Test
    void theQualityCheckFindsTheSuspectedDuplicateAndTheAdultWithoutId() {
        PersonService persons = new PersonService(register, VillageRegister.CLOCK);
        persons.register(VillageRegister.adult("周红", Sex.FEMALE, LocalDate.of(1985, 8, 8), 26).idNumber(null)
                .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2008, 1, 1))
                .relation(RelationToHead.HEAD).enteredOn(LocalDate.of(2026, 11, 1)).build());

        List<Finding> findings = new QualityCheckService(register, VillageRegister.CLOCK).findings();

        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.DUPLICATE_NAME_BIRTH);
            assertThat(f.message()).contains("周红");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.INCOMPLETE);
            assertThat(f.message()).contains("身份证号");
        });
        assertThat(findings).anySatisfy(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.BALANCE));
        assertThat(findings).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.INVALID_ID));
    }
}
