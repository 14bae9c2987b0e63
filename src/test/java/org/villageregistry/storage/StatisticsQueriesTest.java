package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villageregistry.storage.RegisterFixture.USER;
import static org.villageregistry.storage.RegisterFixture.VILLAGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.Death;
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
import org.villageregistry.domain.repository.StatisticsQueries.BirthCount;

class StatisticsQueriesTest {
    private static final String OTHER_VILLAGE = "410103100002";
    private static final String TOWNSHIP = "410103100";
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    @TempDir
    Path home;

    @Test
    void countsOfASmallHandMadeRegister() {
        try (Register r = RegisterFixture.create(home)) {
            r.transactions().write(() -> {
                Person mother = woman(r, VILLAGE, "王芳", LocalDate.of(1996, 5, 1), MaritalStatus.FIRST_MARRIAGE);
                woman(r, VILLAGE, "李娟", LocalDate.of(1977, 11, 30), MaritalStatus.MARRIED); // 49 on Nov 30
                woman(r, VILLAGE, "赵敏", LocalDate.of(1976, 11, 30), MaritalStatus.MARRIED); // 50 on Nov 30
                woman(r, VILLAGE, "孙丽", LocalDate.of(2011, 11, 30), MaritalStatus.UNMARRIED); // 15 on Nov 30
                woman(r, OTHER_VILLAGE, "周燕", LocalDate.of(1990, 1, 1), MaritalStatus.REMARRIED);
                r.persons().save(RegisterFixture.person("钱老汉", Sex.MALE, LocalDate.of(1940, 1, 1))
                        .residence(ResidenceStatus.DEAD).leftOn(LocalDate.of(2026, 11, 15)).build());
                r.persons().save(RegisterFixture.person("吴强", Sex.MALE, LocalDate.of(1988, 1, 1))
                        .residence(ResidenceStatus.AWAY).build());
                r.persons().save(RegisterFixture.person("重档人", Sex.MALE, LocalDate.of(1988, 1, 1))
                        .voidReason("重档").build());

                birth(r, VILLAGE, mother.id(), Sex.MALE, 1, LocalDateTime.of(2026, 11, 3, 8, 0), LocalDate.of(2026, 11, 10));
                birth(r, VILLAGE, mother.id(), Sex.FEMALE, 2, LocalDateTime.of(2026, 11, 20, 8, 0), LocalDate.of(2027, 1, 5));
                birth(r, VILLAGE, mother.id(), Sex.FEMALE, 4, LocalDateTime.of(2026, 11, 21, 8, 0), LocalDate.of(2026, 11, 21));
                birth(r, OTHER_VILLAGE, UUID.randomUUID(), Sex.MALE, 1, LocalDateTime.of(2026, 11, 5, 8, 0), LocalDate.of(2026, 11, 5));
                birth(r, VILLAGE, mother.id(), Sex.MALE, 1, LocalDateTime.of(2026, 10, 31, 23, 0), LocalDate.of(2026, 11, 1));

                r.deaths().save(new Death(UUID.randomUUID(), 0, VILLAGE, UUID.randomUUID(), LocalDate.of(2026, 11, 15),
                        null, null, Recorded.selfReport(NOV_30, USER), null));
                r.marriages().save(new Marriage(UUID.randomUUID(), 0, VILLAGE, MarriageKind.MARRIAGE, null, mother.id(),
                        "外村人", null, LocalDate.of(2026, 11, 8), null, Recorded.selfReport(NOV_30, USER), null));
                r.moves().save(new Move(UUID.randomUUID(), 0, VILLAGE, MoveKind.HUKOU_OUT,
                        List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()), UUID.randomUUID(),
                        LocalDate.of(2026, 11, 12), VILLAGE, "410104100001", null, MoveReason.values()[0],
                        Recorded.selfReport(NOV_30, USER), null));
                r.moves().save(new Move(UUID.randomUUID(), 0, VILLAGE, MoveKind.HUKOU_IN, List.of(UUID.randomUUID()),
                        null, LocalDate.of(2026, 11, 2), null, VILLAGE, null, MoveReason.values()[0],
                        Recorded.selfReport(NOV_30, USER), null));
            });
            StatisticsQueries s = r.statistics();

            Map<ResidenceStatus, Long> before = s.populationOn(VILLAGE, LocalDate.of(2026, 11, 14));
            assertThat(before).as("钱老汉 was living on the 14th: counted as living here, not as dead")
                    .containsEntry(ResidenceStatus.RESIDENT, 5L).doesNotContainKey(ResidenceStatus.DEAD)
                    .containsEntry(ResidenceStatus.AWAY, 1L);
            assertThat(s.populationOn(VILLAGE, NOV_30)).doesNotContainKey(ResidenceStatus.DEAD);
            assertThat(s.populationOn(TOWNSHIP, NOV_30)).containsEntry(ResidenceStatus.RESIDENT, 5L);

            assertThat(s.births(VILLAGE, NOV_1, NOV_30)).containsExactlyInAnyOrder(
                    new BirthCount(Sex.MALE, 1, 1), new BirthCount(Sex.FEMALE, 2, 1), new BirthCount(Sex.FEMALE, 3, 1));
            assertThat(s.births(TOWNSHIP, NOV_1, NOV_30)).contains(new BirthCount(Sex.MALE, 1, 2));
            assertThat(s.birthsRecordedWithin(VILLAGE, NOV_1, NOV_30, 30)).isEqualTo(2);

            assertThat(s.deaths(VILLAGE, NOV_1, NOV_30)).isEqualTo(1);
            assertThat(s.deaths(VILLAGE, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isZero();
            assertThat(s.marriages(VILLAGE, NOV_1, NOV_30)).containsExactly(Map.entry(MarriageKind.MARRIAGE, 1L));
            assertThat(s.movesByKind(VILLAGE, NOV_1, NOV_30))
                    .containsEntry(MoveKind.HUKOU_OUT, 3L).containsEntry(MoveKind.HUKOU_IN, 1L);

            assertThat(s.women(VILLAGE, NOV_30, 15, 49, false)).isEqualTo(3);
            assertThat(s.women(VILLAGE, NOV_30, 15, 49, true)).isEqualTo(2);
            assertThat(s.women(TOWNSHIP, NOV_30, 15, 49, true)).isEqualTo(3);
        }
    }

    private static Person woman(Register r, String owner, String name, LocalDate born, MaritalStatus marital) {
        return r.persons().save(RegisterFixture.person(name, Sex.FEMALE, born).owner(owner).maritalStatus(marital)
                .build());
    }

    private static void birth(Register r, String owner, UUID mother, Sex sex, int order, LocalDateTime at,
                              LocalDate recordedOn) {
        r.births().save(new Birth(UUID.randomUUID(), 0, owner, UUID.randomUUID(), mother, null, at, sex, order,
                BirthPlace.HOSPITAL, null, null, null, null, Recorded.selfReport(recordedOn, USER), null));
    }
}
