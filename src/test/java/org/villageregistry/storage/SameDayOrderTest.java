package org.villageregistry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Register;

/**
 * Records on the same day come in id order, not in the order their rows were stored: a township stores a village's
 * records in the order its bundles carry them, so lists ordered by a day alone came out differently there than at the
 * village.
 */
class SameDayOrderTest {
    static final UUID LOWER = new UUID(0x1000_0000_0000_4000L, 0x8000_0000_0000_0001L);
    static final UUID HIGHER = new UUID(0x2000_0000_0000_4000L, 0x8000_0000_0000_0001L);
    static final LocalDate DAY = LocalDate.of(2026, 10, 12);

    @TempDir
    Path home;

    @Test
    void visitsAndEnrolmentsOfOneDayComeInIdOrderThoughStoredTheOtherWay() {
        try (Register register = RegisterFixture.create(home)) {
            Person woman = register.transactions().write(() -> register.persons().save(
                    RegisterFixture.person("王秀英", Sex.FEMALE, LocalDate.of(1990, 1, 1)).build()));
            BenefitProgramme reward = register.transactions().write(() -> register.programmes().save(
                    new BenefitProgramme(UUID.randomUUID(), 0, RegisterFixture.VILLAGE, "JLFZ", "奖励扶助",
                            ProgrammeKind.RURAL_REWARD, List.of(new Rate(LocalDate.of(2020, 1, 1), Money.yuan(960),
                            Rate.RatePeriod.YEAR)), Map.of(), null)));
            for (UUID id : List.of(HIGHER, LOWER)) {
                register.transactions().write(() -> register.visits().save(new ServiceVisit(id, 0,
                        RegisterFixture.VILLAGE, woman.id(), null, DAY, VisitType.WOMEN_HEALTH_CHECK, "卫生室", null,
                        null, DAY.plusDays(30), null)));
                register.transactions().write(() -> register.enrolments().save(new Enrolment(id, 0,
                        RegisterFixture.VILLAGE, woman.id(), reward.id(), null, DAY, null, "独生子女证", "admin", DAY,
                        DAY.plusYears(1), null)));
            }

            assertThat(ids(register.visits().byPerson(woman.id()))).containsExactly(LOWER, HIGHER);
            assertThat(ids(register.visits().between(DAY, DAY))).containsExactly(LOWER, HIGHER);
            assertThat(ids(register.visits().dueBy(DAY.plusDays(30)))).containsExactly(LOWER, HIGHER);
            assertThat(ids(register.enrolments().byPerson(woman.id()))).containsExactly(LOWER, HIGHER);
            assertThat(ids(register.enrolments().byProgramme(reward.id()))).containsExactly(LOWER, HIGHER);
        }
    }

    private static List<UUID> ids(List<? extends RegisterRecord> records) {
        return records.stream().map(RegisterRecord::id).toList();
    }
}
