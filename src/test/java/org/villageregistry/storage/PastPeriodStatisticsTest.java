package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villageregistry.storage.RegisterFixture.USER;
import static org.villageregistry.storage.RegisterFixture.VILLAGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.StatisticsQueries;

/**
 * 柳树村's figures for past months, as they were then: who was married and where everyone lived is worked out from
 * the dated events (marriage, divorce, 初婚日期, moves, deaths), not from today's records.
 */
class PastPeriodStatisticsTest {
    private static final String OTHER_VILLAGE = "410103100002";

    @TempDir
    Path home;

    @Test
    void marriedWomenOfAPastMonthAreThoseMarriedThen() {
        try (Register r = RegisterFixture.create(home)) {
            r.transactions().write(() -> {
                // married 2025-06-01, no marriage event in the register (married before she was recorded)
                woman(r, "王芳", MaritalStatus.FIRST_MARRIAGE, LocalDate.of(2025, 6, 1));
                // married 2024-03-01 and divorced 2025-02-01, both recorded here
                Person li = woman(r, "李娟", MaritalStatus.DIVORCED, LocalDate.of(2024, 3, 1));
                marriage(r, li, MarriageKind.MARRIAGE, LocalDate.of(2024, 3, 1));
                marriage(r, li, MarriageKind.DIVORCE, LocalDate.of(2025, 2, 1));
                // married long ago (no date known), divorce recorded 2025-02-01
                Person zhao = woman(r, "赵敏", MaritalStatus.DIVORCED, null);
                marriage(r, zhao, MarriageKind.DIVORCE, LocalDate.of(2025, 2, 1));
                // married long ago, still married
                woman(r, "孙丽", MaritalStatus.MARRIED, null);
            });
            StatisticsQueries s = r.statistics();

            assertThat(s.women(VILLAGE, LocalDate.of(2023, 12, 31), 15, 49, true)).as("赵敏, 孙丽").isEqualTo(2);
            assertThat(s.women(VILLAGE, LocalDate.of(2024, 12, 31), 15, 49, true)).as("李娟, 赵敏, 孙丽")
                    .isEqualTo(3);
            assertThat(s.women(VILLAGE, LocalDate.of(2025, 3, 31), 15, 49, true)).as("孙丽").isEqualTo(1);
            assertThat(s.women(VILLAGE, LocalDate.of(2025, 6, 30), 15, 49, true)).as("王芳, 孙丽").isEqualTo(2);
            assertThat(s.women(VILLAGE, LocalDate.of(2025, 6, 30), 15, 49, false)).isEqualTo(4);
        }
    }

    @Test
    void populationOfAPastDayByResidenceHasNoDeadOrMovedOutAmongTheLiving() {
        try (Register r = RegisterFixture.create(home)) {
            r.transactions().write(() -> {
                save(r, person("张伟").residence(ResidenceStatus.RESIDENT));
                // went away to work on 2025-07-01
                Person wu = save(r, person("吴强").residence(ResidenceStatus.AWAY));
                move(r, wu, MoveKind.FLOAT_OUT, LocalDate.of(2025, 7, 1));
                // died on 2025-09-01
                save(r, person("钱老汉").residence(ResidenceStatus.DEAD).leftOn(LocalDate.of(2025, 9, 1)));
                // went away on 2025-03-01, moved the hukou out on 2025-10-01
                Person zhou = save(r, person("周明").residence(ResidenceStatus.MOVED_OUT)
                        .leftOn(LocalDate.of(2025, 10, 1)));
                move(r, zhou, MoveKind.FLOAT_OUT, LocalDate.of(2025, 3, 1));
                move(r, zhou, MoveKind.HUKOU_OUT, LocalDate.of(2025, 10, 1));
                // came back home on 2025-05-01
                Person sun = save(r, person("孙刚").residence(ResidenceStatus.RESIDENT));
                move(r, sun, MoveKind.RETURN, LocalDate.of(2025, 5, 1));
            });
            StatisticsQueries s = r.statistics();

            assertThat(s.populationOn(VILLAGE, LocalDate.of(2025, 2, 28))).isEqualTo(Map.of(
                    ResidenceStatus.RESIDENT, 4L, ResidenceStatus.AWAY, 1L));
            assertThat(s.populationOn(VILLAGE, LocalDate.of(2025, 6, 30))).isEqualTo(Map.of(
                    ResidenceStatus.RESIDENT, 4L, ResidenceStatus.AWAY, 1L));
            assertThat(s.populationOn(VILLAGE, LocalDate.of(2025, 8, 31))).isEqualTo(Map.of(
                    ResidenceStatus.RESIDENT, 3L, ResidenceStatus.AWAY, 2L));
            assertThat(s.populationOn(VILLAGE, LocalDate.of(2025, 12, 31))).isEqualTo(Map.of(
                    ResidenceStatus.RESIDENT, 2L, ResidenceStatus.AWAY, 1L));
        }
    }

    @Test
    void aTransferredPersonCountsInTheOldVillageBeforeTheMoveAndInTheNewOneAfter() {
        LocalDate moved = LocalDate.of(2025, 5, 10);
        try (Register r = RegisterFixture.create(home)) {
            r.transactions().write(() -> {
                Person atNew = save(r, person("王秀英").owner(OTHER_VILLAGE).sex(Sex.FEMALE)
                        .maritalStatus(MaritalStatus.FIRST_MARRIAGE).firstMarriageDate(LocalDate.of(2025, 4, 20))
                        .enteredOn(moved));
                r.transferredPersons().keep(atNew.toBuilder().owner(VILLAGE).residence(ResidenceStatus.MOVED_OUT)
                        .enteredOn(null).leftOn(moved).build());
            });
            StatisticsQueries s = r.statistics();
            LocalDate april = LocalDate.of(2025, 4, 30);
            LocalDate may = LocalDate.of(2025, 5, 31);

            assertThat(s.populationOn(VILLAGE, april)).isEqualTo(Map.of(ResidenceStatus.RESIDENT, 1L));
            assertThat(s.populationOn(OTHER_VILLAGE, april)).isEmpty();
            assertThat(s.populationOn(VILLAGE, may)).isEmpty();
            assertThat(s.populationOn(OTHER_VILLAGE, may)).isEqualTo(Map.of(ResidenceStatus.RESIDENT, 1L));
            assertThat(s.populationOn("410103100", april)).isEqualTo(Map.of(ResidenceStatus.RESIDENT, 1L));
            // the township's forty villages in one pass give each village's own figures
            for (LocalDate day : List.of(april, may)) {
                assertThat(s.populationOnByVillage("410103100", List.of(VILLAGE, OTHER_VILLAGE), day)).isEqualTo(
                        Map.of(VILLAGE, s.populationOn(VILLAGE, day), OTHER_VILLAGE, s.populationOn(OTHER_VILLAGE,
                                day)).entrySet().stream().filter(e -> !e.getValue().isEmpty()).collect(
                                java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
            }
            assertThat(s.populationOnByVillage("410103100", List.of(VILLAGE), may)).as("only the villages asked for")
                    .isEmpty();
            assertThat(s.women(VILLAGE, april, 15, 49, true)).isEqualTo(1);
            assertThat(s.women(VILLAGE, LocalDate.of(2025, 3, 31), 15, 49, true)).isZero();
            assertThat(s.women(OTHER_VILLAGE, may, 15, 49, true)).isEqualTo(1);
        }
    }

    private static Person.Builder person(String name) {
        return RegisterFixture.person(name, Sex.MALE, LocalDate.of(1980, 1, 1)).enteredOn(LocalDate.of(1980, 1, 1));
    }

    private static Person save(Register r, Person.Builder p) {
        return r.persons().save(p.build());
    }

    private static Person woman(Register r, String name, MaritalStatus marital, LocalDate firstMarried) {
        return save(r, RegisterFixture.person(name, Sex.FEMALE, LocalDate.of(1990, 1, 1))
                .maritalStatus(marital).firstMarriageDate(firstMarried));
    }

    private static void marriage(Register r, Person wife, MarriageKind kind, LocalDate day) {
        r.marriages().save(new Marriage(UUID.randomUUID(), 0, VILLAGE, kind, null, wife.id(), "外村人", null, day,
                null, Recorded.selfReport(day, USER), null));
    }

    private static void move(Register r, Person p, MoveKind kind, LocalDate day) {
        r.moves().save(new Move(UUID.randomUUID(), 0, VILLAGE, kind, List.of(p.id()), null, day,
                kind == MoveKind.HUKOU_OUT ? VILLAGE : null, kind == MoveKind.HUKOU_OUT ? "410104100001" : null,
                null, MoveReason.WORK, Recorded.selfReport(day, USER), null));
    }
}
