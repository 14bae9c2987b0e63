package org.villageregistry.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.health.ServiceCoverageRules.Delivery;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.indicator.ServiceCoverage;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/**
 * November 2026, worked by hand. 阿芳 (married, 15–49, working away), 白兰, 陈静 and 丁梅 (at home).
 * Health checks due in November: 阿芳 (done early on 11-08), 白兰 (not done), 丁梅 (done only on 12-02): 1 of 3;
 * 陈静 is due in December. Pregnancies in November: 阿芳's (followed up 10-15), 白兰's second (no follow-up), 陈静's
 * (past its expected day, no outcome, within 42 days; followed up only on 12-01): 1 of 3; 白兰's first ended in
 * September. Deliveries: 白兰's twins on 11-05 (one delivery, visited 11-12: the seventh day), 阿芳 on 11-20 (visited
 * 11-28: the eighth day): 1 of 2; 陈静's on 10-30 is October's.
 */
class ServiceCoverageRulesTest {
    static final Period NOVEMBER = Period.month(YearMonth.of(2026, 11));
    final UUID afang = UUID.randomUUID();
    final UUID bailan = UUID.randomUUID();
    final UUID chenjing = UUID.randomUUID();
    final UUID dingmei = UUID.randomUUID();
    final UUID afangPregnancy = UUID.randomUUID();
    final UUID bailanFirst = UUID.randomUUID();
    final UUID bailanSecond = UUID.randomUUID();
    final UUID chenjingPregnancy = UUID.randomUUID();

    @Test
    void novemberCountedByHand() {
        List<ServiceVisit> visits = List.of(
                check(afang, "2026-05-10", "2026-11-10"), check(afang, "2026-11-08", null),
                check(bailan, "2026-05-01", "2026-11-20"),
                check(chenjing, "2026-06-01", "2026-12-01"),
                check(dingmei, "2026-05-02", "2026-11-25"), check(dingmei, "2026-12-02", null),
                visit(afang, afangPregnancy, VisitType.PREGNANCY_FOLLOW_UP, "2026-10-15"),
                visit(chenjing, chenjingPregnancy, VisitType.PREGNANCY_FOLLOW_UP, "2026-12-01"),
                visit(bailan, null, VisitType.POSTNATAL, "2026-11-12"),
                visit(afang, null, VisitType.POSTNATAL, "2026-11-28"));
        List<Pregnancy> pregnancies = List.of(
                pregnancy(afangPregnancy, afang, "2027-03-01", null),
                pregnancy(bailanFirst, bailan, "2026-09-01", "2026-09-03"),
                pregnancy(bailanSecond, bailan, "2026-12-20", null),
                pregnancy(chenjingPregnancy, chenjing, "2026-09-25", null));
        List<Delivery> deliveries = List.of(delivery(bailan, "2026-11-05"), delivery(bailan, "2026-11-05"),
                delivery(afang, "2026-11-20"), delivery(chenjing, "2026-10-30"));

        ServiceCoverage c = ServiceCoverageRules.count(NOVEMBER, visits, pregnancies, deliveries, Set.of(afang)::contains);

        assertThat(c.healthChecks()).isEqualTo(new Share(1, 3));
        assertThat(c.followUps()).isEqualTo(new Share(1, 3));
        assertThat(c.postnatalVisits()).isEqualTo(new Share(1, 2));
        assertThat(c.awayHealthChecks()).isEqualTo(new Share(1, 1));
        assertThat(c.awayFollowUps()).isEqualTo(new Share(1, 1));
        assertThat(c.awayPostnatalVisits()).isEqualTo(new Share(0, 1));
    }

    @Test
    void aVoidedVisitNeverCounts() {
        ServiceVisit voided = new ServiceVisit(UUID.randomUUID(), 1, "410103100001", bailan, null,
                LocalDate.parse("2026-11-10"), VisitType.WOMEN_HEALTH_CHECK, null, null, null, null, "录错了");
        ServiceCoverage c = ServiceCoverageRules.count(NOVEMBER, List.of(check(bailan, "2026-05-01", "2026-11-20"),
                voided), List.of(), List.of(), id -> false);
        assertThat(c.healthChecks()).isEqualTo(new Share(0, 1));
    }

    @Test
    void theMarriedWomenAwayAreFifteenToFortyNineOnThePeriodsLastDay() {
        LocalDate end = NOVEMBER.to();
        assertThat(away(ResidenceStatus.AWAY, MaritalStatus.FIRST_MARRIAGE, "1977-11-30")).isTrue();
        assertThat(away(ResidenceStatus.AWAY, MaritalStatus.FIRST_MARRIAGE, "1976-11-30")).as("50 on the day")
                .isFalse();
        assertThat(away(ResidenceStatus.AWAY, MaritalStatus.FIRST_MARRIAGE, "2011-12-01")).as("not yet 15").isFalse();
        assertThat(away(ResidenceStatus.RESIDENT, MaritalStatus.FIRST_MARRIAGE, "1990-01-01")).isFalse();
        assertThat(away(ResidenceStatus.AWAY, MaritalStatus.UNMARRIED, "1990-01-01")).isFalse();
        assertThat(ServiceCoverageRules.isMarriedWomanAway(Sex.MALE, ResidenceStatus.AWAY, MaritalStatus.MARRIED,
                LocalDate.parse("1990-01-01"), end)).isFalse();
    }

    private static boolean away(ResidenceStatus residence, MaritalStatus marital, String born) {
        return ServiceCoverageRules.isMarriedWomanAway(Sex.FEMALE, residence, marital, LocalDate.parse(born),
                NOVEMBER.to());
    }

    private static ServiceVisit check(UUID woman, String day, String nextDue) {
        return new ServiceVisit(UUID.randomUUID(), 1, "410103100001", woman, null, LocalDate.parse(day),
                VisitType.WOMEN_HEALTH_CHECK, null, null, null, nextDue == null ? null : LocalDate.parse(nextDue), null);
    }

    private static ServiceVisit visit(UUID woman, UUID pregnancy, VisitType type, String day) {
        return new ServiceVisit(UUID.randomUUID(), 1, "410103100001", woman, pregnancy, LocalDate.parse(day), type,
                null, null, null, null, null);
    }

    private static Pregnancy pregnancy(UUID id, UUID woman, String expected, String outcomeDay) {
        return new Pregnancy(id, 1, "410103100001", woman, null, LocalDate.parse(expected),
                outcomeDay == null ? null : PregnancyOutcome.LIVE_BIRTH,
                outcomeDay == null ? null : LocalDate.parse(outcomeDay), null);
    }

    private static Delivery delivery(UUID mother, String day) {
        return new Delivery(mother, LocalDate.parse(day));
    }
}
