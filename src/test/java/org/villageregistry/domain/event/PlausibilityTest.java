package org.villageregistry.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.testing.People;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.Severity;

class PlausibilityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final Person mother = People.woman("刘芳", LocalDate.of(1995, 6, 15)).build();

    private Birth birth(String bornAt) {
        return birth(bornAt, 3200, 39, "Q410012345");
    }

    private Birth birth(String bornAt, Integer grams, Integer weeks, String certificate) {
        return new Birth(UUID.randomUUID(), 0, "410103100001", UUID.randomUUID(), mother.id(), null,
                LocalDateTime.parse(bornAt), Sex.FEMALE, 1, BirthPlace.HOSPITAL, grams, weeks, certificate, "良好",
                Recorded.selfReport(TODAY, "registrar"), null);
    }

    private static Problem only(List<Problem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void aBirthTooSoonAfterTheLastForItsGestationIsAWarningToCheck() {
        Birth before = birth("2026-03-08T08:00");
        Problem p = only(Plausibility.birth(birth("2026-11-20T08:15", 3300, 39, "Q410012345"), mother,
                List.of(before), false, TODAY));
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.field()).isEqualTo("gestationWeeks");
        assertThat(p.message(Messages.CHINESE)).isEqualTo("她上一个孩子 2026-03-08 出生，到这次只隔 257 天，而孕周填的是 39 周"
                + "（连同产后恢复至少要 287 天）：请核对出生时间或孕周");
        assertThat(Plausibility.birth(birth("2026-11-20T08:15", 1500, 32, "Q410012345"), mother, List.of(before),
                false, TODAY)).as("32 weeks: 238 days and two weeks fit in 257").isEmpty();
        assertThat(Plausibility.birth(birth("2026-11-20T08:15", 3300, null, "Q410012345"), mother, List.of(before),
                false, TODAY)).as("no gestation given").isEmpty();
    }

    @Test
    void anOrdinaryBirthHasNoFindings() {
        assertThat(Plausibility.birth(birth("2026-03-01T08:00"), mother, List.of(), false, TODAY)).isEmpty();
    }

    @Test
    void aMotherOf13AtTheBirthIsAnErrorUntilConfirmedThenAWarning() {
        Person young = mother.toBuilder().birthDate(LocalDate.of(2012, 3, 2)).build();
        Problem unconfirmed = only(Plausibility.birth(birth("2026-03-01T08:00"), young, List.of(), false, TODAY));
        assertThat(unconfirmed.isError()).isTrue();
        assertThat(unconfirmed.message(Messages.CHINESE)).contains("13 周岁").contains("已核实");
        Problem confirmed = only(Plausibility.birth(birth("2026-03-01T08:00"), young, List.of(), true, TODAY));
        assertThat(confirmed.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void motherAges14And55AreWithinRangeBut56IsNot() {
        Person fourteen = mother.toBuilder().birthDate(LocalDate.of(2012, 3, 1)).build();
        Person fiftyFive = mother.toBuilder().birthDate(LocalDate.of(1970, 3, 2)).build();
        Person fiftySix = mother.toBuilder().birthDate(LocalDate.of(1970, 3, 1)).build();
        assertThat(Plausibility.birth(birth("2026-03-01T08:00"), fourteen, List.of(), false, TODAY)).isEmpty();
        assertThat(Plausibility.birth(birth("2026-03-01T08:00"), fiftyFive, List.of(), false, TODAY)).isEmpty();
        assertThat(only(Plausibility.birth(birth("2026-03-01T08:00"), fiftySix, List.of(), false, TODAY)).key())
                .isEqualTo("rule.birth.motherAge");
    }

    @Test
    void aChildBornBeforeTheMothers12thBirthdayIsAnErrorEvenWhenConfirmed() {
        Person girl = mother.toBuilder().birthDate(LocalDate.of(2014, 3, 2)).build();
        Problem problem = only(Plausibility.birth(birth("2026-03-01T08:00"), girl, List.of(), true, TODAY));
        assertThat(problem.isError()).isTrue();
        assertThat(problem.key()).isEqualTo("rule.birth.motherUnder12");
    }

    @Test
    void twoSingleBirthsUnder180DaysApartAreAnError() {
        Birth earlier = birth("2026-01-01T10:00");
        Problem problem = only(Plausibility.birth(birth("2026-06-29T10:00"), mother, List.of(earlier), false, TODAY));
        assertThat(problem.isError()).isTrue();
        assertThat(problem.message(Messages.CHINESE)).contains("179 天").contains("2026-01-01");
        // 180 days is no interval error; without a gestation given, nothing else to check (with 39 weeks: a warning)
        assertThat(Plausibility.birth(birth("2026-06-30T10:00", 3200, null, "Q410012345"), mother, List.of(earlier),
                false, TODAY)).isEmpty();
    }

    @Test
    void twinsOfOneDeliveryAreNotAnIntervalError() {
        Birth firstTwin = birth("2026-03-01T23:50");
        assertThat(Plausibility.birth(birth("2026-03-02T00:10"), mother, List.of(firstTwin), false, TODAY)).isEmpty();
    }

    @Test
    void aVoidedEarlierBirthDoesNotCountForTheInterval() {
        Birth voided = birth("2026-01-01T10:00").withVoidReason("录入错误");
        assertThat(Plausibility.birth(birth("2026-03-01T10:00"), mother, List.of(voided), false, TODAY)).isEmpty();
    }

    @Test
    void aBirthAfterTodayIsAnError() {
        assertThat(only(Plausibility.birth(birth("2026-12-01T00:01"), mother, List.of(), false, TODAY)).key())
                .isEqualTo("rule.date.future");
    }

    @Test
    void certificateWeightAndGestationOutOfRangeAreWarnings() {
        List<Problem> problems = Plausibility.birth(birth("2026-03-01T08:00", 250, 46, "410012345"), mother,
                List.of(), false, TODAY);
        assertThat(problems).extracting(Problem::key).containsExactlyInAnyOrder("rule.birth.certificateFormat",
                "rule.birth.weight", "rule.birth.gestation");
        assertThat(problems).allMatch(p -> p.severity() == Severity.WARNING);
        assertThat(Plausibility.birthDetails(birth("2026-03-01T08:00", 300, 20, "q410012345"))).isEmpty();
        assertThat(Plausibility.birthDetails(birth("2026-03-01T08:00", 7001, 45, "Q41001234"))).hasSize(2);
    }

    @Test
    void aDeathBeforeTheBirthOrInTheFutureIsAnError() {
        Person p = People.man("张伟", LocalDate.of(1990, 5, 1)).build();
        Death before = new Death(UUID.randomUUID(), 0, "410103100001", p.id(), LocalDate.of(1990, 4, 30), null, null,
                Recorded.selfReport(TODAY, "registrar"), null);
        assertThat(only(Plausibility.death(before, p, TODAY)).key()).isEqualTo("rule.death.beforeBirth");
        Death future = new Death(UUID.randomUUID(), 0, "410103100001", p.id(), TODAY.plusDays(1), null, null,
                Recorded.selfReport(TODAY, "registrar"), null);
        assertThat(only(Plausibility.death(future, p, TODAY)).key()).isEqualTo("rule.date.future");
        Death sameDay = new Death(UUID.randomUUID(), 0, "410103100001", p.id(), p.birthDate(), null, null,
                Recorded.selfReport(TODAY, "registrar"), null);
        assertThat(Plausibility.death(sameDay, p, TODAY)).isEmpty();
    }

    @Test
    void maritalStatusFindingsAreWarnings() {
        Person noStatus = People.woman("李红", LocalDate.of(2000, 1, 1)).maritalStatus(null).build();
        Person noDate = People.woman("李红", LocalDate.of(2000, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build();
        assertThat(only(Plausibility.person(noStatus, TODAY)).severity()).isEqualTo(Severity.WARNING);
        assertThat(only(Plausibility.person(noDate, TODAY)).key()).isEqualTo("rule.person.firstMarriage.missing");
    }
}
