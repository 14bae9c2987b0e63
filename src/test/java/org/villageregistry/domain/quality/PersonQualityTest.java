package org.villageregistry.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;

/** The answers worked out once per record give, on every day, what the rules give when asked that day. */
class PersonQualityTest {

    @Test
    void agreesWithTheRulesOnDrawnPersonsAndDays() {
        Random random = new Random(20261206L);
        int complete = 0;
        int invalid = 0;
        for (int i = 0; i < 20_000; i++) {
            LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(36_000));
            Person p = Person.builder().owner("410103100001")
                    .name(pick(random, "王芳", " ", null, "李四"))
                    .sex(pick(random, Sex.MALE, Sex.FEMALE, null, Sex.FEMALE))
                    .birthDate(random.nextInt(20) == 0 ? null : random.nextInt(10) == 0 ? born.plusDays(3) : born)
                    .idNumber(pick(random, IdNumber.compose("410103", born, random.nextInt(1000)), null, "",
                            IdNumber.compose("410103", born, random.nextInt(1000)).substring(0, 17) + "0",
                            IdNumber.compose("410103", born, random.nextInt(1000))))
                    .ethnicity(random.nextInt(15) == 0 ? null : Ethnicity.HAN)
                    .hukouType(random.nextInt(15) == 0 ? null : HukouType.AGRICULTURAL)
                    .maritalStatus(random.nextInt(4) == 0 ? null : MaritalStatus.UNMARRIED)
                    .relation(random.nextInt(15) == 0 ? null : RelationToHead.HEAD).build();
            PersonQuality q = PersonQuality.of(p);
            LocalDate[] days = {LocalDate.of(2026, 11, 30), born, born.minusDays(1), born.plusYears(15).minusDays(1),
                    born.plusYears(15), born.plusYears(18).minusDays(1), born.plusYears(18),
                    LocalDate.of(1930, 1, 1).plusDays(random.nextInt(40_000))};
            for (LocalDate day : days) {
                boolean isComplete = RecordCompleteness.isComplete(p, day);
                boolean hasInvalid = QualityCounts.hasInvalidId(p, day);
                assertThat(q.completeOn(day)).as("%s on %s", p, day).isEqualTo(isComplete);
                assertThat(q.invalidIdOn(day)).as("%s on %s", p, day).isEqualTo(hasInvalid);
                complete += isComplete ? 1 : 0;
                invalid += hasInvalid ? 1 : 0;
            }
        }
        assertThat(complete).as("complete records among those drawn").isGreaterThan(20_000);
        assertThat(invalid).as("invalid numbers among those drawn").isGreaterThan(20_000);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
