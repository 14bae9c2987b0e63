package org.villageregistry.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.domain.verification.PersonResult;
import org.villageregistry.domain.verification.SampledHousehold;
import org.villageregistry.domain.verification.SampledNewborn;
import org.villageregistry.domain.verification.SampledPerson;
import org.villageregistry.domain.verification.Verification;
import org.villageregistry.domain.verification.VerificationResults;
import org.villageregistry.domain.verification.VerificationSample;

/**
 * The team visited one household in 柳树村 and one in 杏花村 on 2026-11-30; the rates worked out by hand. 柳树村:
 * five registered, two all right, the grandmother gone, the wife's birth date wrong, the daughter married since;
 * a married woman and a baby living there unregistered. 杏花村: two right, one not yet checked, a listed newborn
 * found that the register lacks.
 */
class VerificationRatesTest {
    private static final String WILLOW = "410103100001";
    private static final String APRICOT = "410103100002";
    private static final LocalDate ON = LocalDate.of(2026, 11, 30);

    private static SampledPerson person(int number, int household, String village, String name, Sex sex,
                                        LocalDate born, MaritalStatus marital, RelationToHead relation) {
        return new SampledPerson(number, household, UUID.randomUUID(), village, name, sex, born, null, Ethnicity.HAN,
                relation, marital, ResidenceStatus.RESIDENT);
    }

    private final VerificationSample sample = new VerificationSample(
            new Verification(1, "410103100", List.of(WILLOW, APRICOT), 1, 42, true,
                    Instant.parse("2026-11-30T02:00:00Z"), ON, "clerk"),
            List.of(new SampledHousehold(1, WILLOW, UUID.randomUUID(), "0012", "王建国"),
                    new SampledHousehold(2, APRICOT, UUID.randomUUID(), "0031", "刘强")),
            List.of(person(1, 1, WILLOW, "王建国", Sex.MALE, LocalDate.of(1960, 3, 1), MaritalStatus.MARRIED,
                            RelationToHead.HEAD),
                    person(2, 1, WILLOW, "李芳", Sex.FEMALE, LocalDate.of(1985, 6, 1), MaritalStatus.MARRIED,
                            RelationToHead.SPOUSE),
                    person(3, 1, WILLOW, "王小明", Sex.MALE, LocalDate.of(2026, 5, 1), MaritalStatus.UNMARRIED, null),
                    person(4, 1, WILLOW, "王丽", Sex.FEMALE, LocalDate.of(2000, 2, 2), MaritalStatus.UNMARRIED, null),
                    person(5, 1, WILLOW, "赵桂兰", Sex.FEMALE, LocalDate.of(1940, 1, 1), MaritalStatus.WIDOWED, null),
                    person(6, 2, APRICOT, "刘强", Sex.MALE, LocalDate.of(1970, 1, 1), MaritalStatus.MARRIED,
                            RelationToHead.HEAD),
                    person(7, 2, APRICOT, "陈英", Sex.FEMALE, LocalDate.of(1975, 1, 1), MaritalStatus.MARRIED,
                            RelationToHead.SPOUSE),
                    person(8, 2, APRICOT, "刘洋", Sex.MALE, LocalDate.of(1999, 1, 1), MaritalStatus.UNMARRIED, null)),
            List.of(new SampledNewborn(1, APRICOT, "刘小花", "女", LocalDate.of(2026, 10, 1), "陈英", "县医院", false),
                    new SampledNewborn(2, WILLOW, "张宝", "男", LocalDate.of(2026, 7, 1), "张梅", "派出所", true)));

    private final VerificationResults results = new VerificationResults(Map.of(
            1, PersonResult.correct(1),
            2, new PersonResult(2, PersonOutcome.WRONG, Map.of(CheckedField.BIRTH_DATE, "1985-06-11")),
            3, PersonResult.correct(3),
            4, new PersonResult(4, PersonOutcome.WRONG, Map.of(CheckedField.MARITAL, "已婚")),
            5, PersonResult.notLiving(5),
            6, PersonResult.correct(6),
            7, PersonResult.correct(7)),
            List.of(new FoundPerson(1, 1, FoundPerson.Kind.MISSING_PERSON, "李秀兰", Sex.FEMALE,
                            LocalDate.of(1990, 4, 4), true),
                    new FoundPerson(2, 1, FoundPerson.Kind.UNRECORDED_BIRTH, "王小宝", Sex.MALE,
                            LocalDate.of(2026, 9, 1), false)),
            Map.of(1, true, 2, false));

    @Test
    void willowHasTwoOfFiveRightAndTwoOfSixLivingThereUnregistered() {
        VerificationRates willow = VerificationRates.ofVillage(sample, results, WILLOW);

        assertThat(willow.accuracy()).isEqualTo(new SampleRate(2, 5));
        assertThat(willow.fieldErrors().get(CheckedField.BIRTH_DATE)).isEqualTo(new SampleRate(1, 4));
        assertThat(willow.fieldErrors().get(CheckedField.MARITAL)).isEqualTo(new SampleRate(1, 4));
        assertThat(willow.fieldErrors().get(CheckedField.NAME)).isEqualTo(new SampleRate(0, 4));
        assertThat(willow.omission()).isEqualTo(new SampleRate(2, 6));
    }

    @Test
    void aBabyOfThisYearFoundUnrecordedCountsAgainstTheOneRecorded() {
        assertThat(VerificationRates.ofVillage(sample, results, WILLOW).birthOmission())
                .as("王小明 recorded, 王小宝 not; the listed 张宝 was not found").isEqualTo(new SampleRate(1, 2));
        assertThat(VerificationRates.ofVillage(sample, results, APRICOT).birthOmission())
                .as("the listed 刘小花 found, not in the register").isEqualTo(new SampleRate(1, 1));
    }

    @Test
    void marriedWomenAreCountedAsTheTeamFoundThem() {
        assertThat(VerificationRates.ofVillage(sample, results, WILLOW).marriedWomenManaged())
                .as("李芳 and 王丽 (married since) registered, 李秀兰 not").isEqualTo(new SampleRate(2, 3));
        assertThat(VerificationRates.ofVillage(sample, results, APRICOT).marriedWomenManaged())
                .as("陈英 is 51").isEqualTo(new SampleRate(0, 0));
    }

    @Test
    void theTownshipAddsTheCountsNotTheRates() {
        VerificationRates all = VerificationRates.ofAll(sample, results);

        assertThat(all.accuracy()).as("刘洋 has no result yet").isEqualTo(new SampleRate(4, 7));
        assertThat(all.omission()).isEqualTo(new SampleRate(2, 8));
        assertThat(all.birthOmission()).isEqualTo(new SampleRate(2, 3));
        assertThat(all.marriedWomenManaged()).isEqualTo(new SampleRate(2, 3));
        assertThat(all.fieldErrors().get(CheckedField.BIRTH_DATE)).isEqualTo(new SampleRate(1, 6));
    }

    @Test
    void nothingEnteredGivesNoRates() {
        VerificationRates none = VerificationRates.ofAll(sample, VerificationResults.none());

        assertThat(none.accuracy().value()).isEmpty();
        assertThat(none.accuracy().interval()).isEmpty();
    }
}
