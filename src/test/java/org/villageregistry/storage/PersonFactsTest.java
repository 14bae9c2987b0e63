package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villageregistry.storage.RegisterFixture.VILLAGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.event.Recorded;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitResult;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.indicator.DataQuality;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.repository.StatisticsQueries;

/**
 * The persons' facts in memory (PersonFacts) and the kept "not acknowledged" count (PendingRecords) after each
 * commit agree with what a freshly opened register counts from its tables; a rolled-back write changes neither.
 */
class PersonFactsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

    @TempDir
    Path home;

    private Register register;

    /** Every figure the facts feed, on one day. */
    private record Figures(Map<ResidenceStatus, Long> population, long women, long marriedWomen,
                           ServiceCoverage coverage, DataQuality quality) {
    }

    private Figures figures() {
        StatisticsQueries s = register.statistics();
        return register.transactions().read(() -> new Figures(s.populationOn(VILLAGE, DAY),
                s.women(VILLAGE, DAY, 15, 49, false), s.women(VILLAGE, DAY, 15, 49, true),
                s.serviceCoverage(VILLAGE, FIRST, DAY), s.dataQuality(VILLAGE, DAY)));
    }

    /** Commits a change, then checks the figures moved and equal those of the register opened again. */
    private void step(String what, Consumer<Register> change) {
        Figures before = figures();
        register.transactions().write(() -> {
            change.accept(register);
            return null;
        });
        Figures kept = figures();
        assertThat(kept).as(what + ": the figures move").isNotEqualTo(before);
        register.close();
        register = RegisterFixture.open(home);
        assertThat(kept).as(what + ": kept in memory as a fresh count").isEqualTo(figures());
    }

    @Test
    void afterEachCommitTheFiguresAreThoseOfTheRegisterOpenedAgain() {
        register = RegisterFixture.create(home);
        try {
            Person wang = register.persons().save(RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 3, 1))
                    .maritalStatus(MaritalStatus.FIRST_MARRIAGE).ethnicity(Ethnicity.HAN).relation(RelationToHead.HEAD)
                    .idNumber(RegisterFixture.idNumber("410103", LocalDate.of(1990, 3, 1), 122)).build());
            Person li = register.persons().save(RegisterFixture.person("李娟", Sex.FEMALE, LocalDate.of(1985, 6, 1))
                    .maritalStatus(MaritalStatus.MARRIED).build());
            Person zhao = register.persons().save(RegisterFixture.person("赵强", Sex.MALE, LocalDate.of(1970, 1, 1))
                    .idNumber("410103197001011234").build());
            register.persons().save(RegisterFixture.person("孙丽", Sex.FEMALE, LocalDate.of(2015, 2, 1)).build());
            register.close();
            register = RegisterFixture.open(home);

            step("a married woman away from home", r -> r.persons().save(RegisterFixture.person("周燕", Sex.FEMALE,
                    LocalDate.of(1995, 4, 1)).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                    .residence(ResidenceStatus.AWAY).build()));
            step("a death", r -> r.persons().save(r.persons().find(zhao.id()).orElseThrow().toBuilder()
                    .residence(ResidenceStatus.DEAD).leftOn(LocalDate.of(2026, 11, 20)).build()));
            step("a record voided", r -> r.persons().save(r.persons().find(li.id()).orElseThrow().toBuilder()
                    .voidReason("重档").build()));
            step("an ethnicity taken out of a complete record", r -> r.persons().save(r.persons().find(wang.id()).orElseThrow()
                    .toBuilder().ethnicity(null).build()));
            step("the same ID number twice", r -> r.persons().save(RegisterFixture.person("王芳", Sex.FEMALE,
                    LocalDate.of(1990, 3, 1)).idNumber(wang.idNumber()).build()));
            Move away = new Move(UUID.randomUUID(), 0, VILLAGE, MoveKind.FLOAT_OUT, List.of(wang.id()), null,
                    LocalDate.of(2026, 12, 2), VILLAGE, "410103100002", null, MoveReason.values()[0],
                    Recorded.selfReport(LocalDate.of(2026, 12, 2), RegisterFixture.USER), null);
            step("a move after the day: she lived here on it", r -> {
                r.persons().save(r.persons().find(wang.id()).orElseThrow().toBuilder()
                        .residence(ResidenceStatus.AWAY).build());
                r.moves().save(away);
            });
            step("the move voided", r -> r.moves().save(r.moves().find(away.id()).orElseThrow().withVoidReason("错录")));
            ServiceVisit check = new ServiceVisit(UUID.randomUUID(), 0, VILLAGE, wang.id(), null,
                    LocalDate.of(2026, 5, 1), VisitType.WOMEN_HEALTH_CHECK, "青山镇卫生院", null, VisitResult.NORMAL,
                    LocalDate.of(2026, 11, 15), null);
            step("a health check due in the month", r -> r.visits().save(check));
            step("the check done", r -> r.visits().save(new ServiceVisit(UUID.randomUUID(), 0, VILLAGE, wang.id(),
                    null, LocalDate.of(2026, 11, 16), VisitType.WOMEN_HEALTH_CHECK, "青山镇卫生院", null,
                    VisitResult.NORMAL, null, null)));
            step("the first check voided", r -> r.visits().save(r.visits().find(check.id()).orElseThrow()
                    .withVoidReason("错录")));
            step("a pregnancy", r -> r.pregnancies().save(new Pregnancy(UUID.randomUUID(), 0, VILLAGE, wang.id(),
                    LocalDate.of(2026, 5, 25), LocalDate.of(2027, 3, 1), null, null, null)));
        } finally {
            register.close();
        }
    }

    @Test
    void manyDrawnChangesKeepTheFiguresOfAFreshCount() {
        register = RegisterFixture.create(home);
        try {
            Random random = new Random(20261206L);
            String[] names = {"王芳", "李娟", "周燕"};
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                LocalDate born = LocalDate.of(1980 + random.nextInt(3), 3, 1);
                ids.add(register.persons().save(RegisterFixture.person(names[random.nextInt(3)], Sex.FEMALE, born)
                        .idNumber(RegisterFixture.idNumber("410103", born, 100 + random.nextInt(3))).build()).id());
            }
            figures(); // from here on the facts and the duplicate suspects are kept
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < 10; i++) {
                    Person p = register.persons().find(ids.get(random.nextInt(ids.size()))).orElseThrow();
                    LocalDate born = LocalDate.of(1980 + random.nextInt(3), 3, 1);
                    Person.Builder changed = switch (random.nextInt(5)) {
                        case 0 -> p.toBuilder().name(names[random.nextInt(3)]);
                        case 1 -> p.toBuilder().birthDate(born)
                                .idNumber(RegisterFixture.idNumber("410103", born, 100 + random.nextInt(3)));
                        case 2 -> p.toBuilder().residence(random.nextBoolean() ? ResidenceStatus.DEAD
                                : ResidenceStatus.RESIDENT);
                        case 3 -> p.toBuilder().idNumber(null);
                        default -> p.toBuilder().voidReason(random.nextBoolean() ? "重档" : null);
                    };
                    register.persons().save(changed.build());
                }
                Figures kept = figures();
                register.close();
                register = RegisterFixture.open(home);
                assertThat(kept).as("round %d", round).isEqualTo(figures());
                assertThat(kept.quality().duplicateSuspects()).as("round %d has suspects", round).isPositive();
            }
        } finally {
            register.close();
        }
    }

    @Test
    void aRolledBackWriteChangesNoFigure() {
        register = RegisterFixture.create(home);
        try {
            Person wang = register.persons().save(RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 3, 1))
                    .build());
            Figures before = figures();
            assertThatThrownBy(() -> register.transactions().write(() -> {
                register.persons().save(register.persons().find(wang.id()).orElseThrow().toBuilder()
                        .residence(ResidenceStatus.AWAY).maritalStatus(MaritalStatus.FIRST_MARRIAGE).build());
                register.persons().save(RegisterFixture.person("周燕", Sex.FEMALE, LocalDate.of(1995, 4, 1)).build());
                assertThat(figures()).as("inside the write, its own changes count").isNotEqualTo(before);
                throw new IllegalStateException("停电");
            })).hasMessage("停电");
            assertThat(figures()).isEqualTo(before);

            // the rolled-back change's number is used again by the next commit, for another record
            step("another record after the rollback", r -> r.persons().save(RegisterFixture.person("李娟", Sex.FEMALE,
                    LocalDate.of(1985, 6, 1)).build()));
        } finally {
            register.close();
        }
    }

    @Test
    void theFirstCountInsideAWriteThatRollsBackKeepsNothingOfIt() {
        register = RegisterFixture.create(home);
        try {
            register.persons().save(RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 3, 1)).build());
            register.close();
            register = RegisterFixture.open(home); // nothing counted yet: the facts are not read
            long[] inside = new long[1];
            assertThatThrownBy(() -> register.transactions().write(() -> {
                register.persons().save(RegisterFixture.person("周燕", Sex.FEMALE, LocalDate.of(1995, 4, 1)).build());
                inside[0] = register.statistics().women(VILLAGE, DAY, 15, 49, false);
                throw new IllegalStateException("停电");
            })).hasMessage("停电");
            assertThat(inside[0]).as("the write's own person counts inside it").isEqualTo(2);
            assertThat(register.statistics().women(VILLAGE, DAY, 15, 49, false)).isEqualTo(1);
            Figures kept = figures();
            register.close();
            register = RegisterFixture.open(home);
            assertThat(kept).isEqualTo(figures());
        } finally {
            register.close();
        }
    }

    @Test
    void notAcknowledgedCountsEachChangedRecordOnceAndRestartsFromAnAcknowledgement() {
        register = RegisterFixture.create(home);
        try {
            Person wang = register.persons().save(RegisterFixture.person("王芳", Sex.FEMALE, LocalDate.of(1990, 3, 1))
                    .build());
            register.persons().save(RegisterFixture.person("李娟", Sex.FEMALE, LocalDate.of(1985, 6, 1)).build());
            assertThat(notAcknowledged()).isEqualTo(2);

            register.persons().save(register.persons().find(wang.id()).orElseThrow().toBuilder().phone("13800000000")
                    .build());
            assertThat(notAcknowledged()).as("a record changed again counts once").isEqualTo(2);

            register.persons().save(RegisterFixture.person("赵强", Sex.MALE, LocalDate.of(1970, 1, 1)).build());
            assertThat(notAcknowledged()).isEqualTo(3);

            // a rolled-back change to a counted record, then its change number reused for a new record
            assertThatThrownBy(() -> register.transactions().write(() -> {
                register.persons().save(register.persons().find(wang.id()).orElseThrow().toBuilder().phone("1")
                        .build());
                assertThat(notAcknowledged()).isEqualTo(3);
                throw new IllegalStateException("停电");
            })).hasMessage("停电");
            register.persons().save(RegisterFixture.person("孙丽", Sex.FEMALE, LocalDate.of(2015, 2, 1)).build());
            assertThat(notAcknowledged()).isEqualTo(4);

            register.sync().delivery().acknowledge(register.changes().last().orElseThrow().changeId());
            assertThat(notAcknowledged()).isZero();
            register.persons().save(register.persons().find(wang.id()).orElseThrow().toBuilder().phone("2").build());
            assertThat(notAcknowledged()).isEqualTo(1);
            register.close();
            register = RegisterFixture.open(home);
            assertThat(notAcknowledged()).isEqualTo(1);
        } finally {
            register.close();
        }
    }

    private long notAcknowledged() {
        return register.statistics().dataQuality(VILLAGE, DAY).notAcknowledged().orElseThrow();
    }
}
