package org.villageregistry.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.person.Sex;

/**
 * Seven persons in the register and one who died, counted by hand: 6 of 7 records complete (孙丽 has no ethnicity),
 * one ID number with a wrong check character (钱进), two duplicate suspects (周一 and 周二 hold one ID number; two
 * 吴芳 born the same day); the dead 郑老汉 counts for nothing.
 */
class QualityCountsTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Test
    void sevenPersonsCountedByHand() {
        String shared = IdNumber.compose("410103", LocalDate.of(1980, 1, 1), 11);
        String wrong = IdNumber.compose("410103", LocalDate.of(1981, 2, 2), 13);
        wrong = wrong.substring(0, 17) + (wrong.charAt(17) == '1' ? '2' : '1');
        List<Person> persons = List.of(
                person("赵一", LocalDate.of(1970, 5, 5), IdNumber.compose("410103", LocalDate.of(1970, 5, 5), 15)).build(),
                person("孙丽", LocalDate.of(1972, 6, 6), IdNumber.compose("410103", LocalDate.of(1972, 6, 6), 16))
                        .sex(Sex.FEMALE).ethnicity(null).build(),
                person("钱进", LocalDate.of(1981, 2, 2), wrong).build(),
                person("周一", LocalDate.of(1980, 1, 1), shared).build(),
                person("周二", LocalDate.of(1980, 1, 1), shared).build(),
                person("吴芳", LocalDate.of(1990, 3, 3), IdNumber.compose("410103", LocalDate.of(1990, 3, 3), 17)).build(),
                person("吴芳", LocalDate.of(1990, 3, 3), IdNumber.compose("410103", LocalDate.of(1990, 3, 3), 19)).build(),
                person("郑老汉", LocalDate.of(1940, 1, 1), "410103194001011234").residence(ResidenceStatus.DEAD).build());

        QualityCounts counts = QualityCounts.of(persons, DAY);

        assertThat(counts.completeness()).isEqualTo(new Share(6, 7));
        assertThat(counts.invalidIds()).isEqualTo(1);
        assertThat(counts.duplicateSuspects()).isEqualTo(2);
    }

    @Test
    void aPersonWhoDiedAfterTheDayCountsOnItAndNotAfter() {
        Person died = person("郑老汉", LocalDate.of(1940, 1, 1), IdNumber.compose("410103", LocalDate.of(1940, 1, 1), 21))
                .residence(ResidenceStatus.DEAD).leftOn(DAY.plusDays(5)).build();
        assertThat(QualityCounts.of(List.of(died), DAY).completeness()).isEqualTo(new Share(1, 1));
        assertThat(QualityCounts.of(List.of(died), DAY.plusDays(5)).completeness()).isEqualTo(new Share(0, 0));
        assertThat(QualityCounts.of(List.of(died), DAY).duplicateSuspects()).isZero();
    }

    @Test
    void twoVillagesAddUpAndTheSameIdInAnotherVillageIsNoSuspect() {
        String shared = IdNumber.compose("410103", LocalDate.of(1980, 1, 1), 11);
        QualityCounts willow = QualityCounts.of(List.of(person("周一", LocalDate.of(1980, 1, 1), shared).build()), DAY);
        QualityCounts poplar = QualityCounts.of(List.of(person("周一", LocalDate.of(1980, 1, 1), shared)
                .owner("410103100002").build()), DAY);
        assertThat(willow.plus(poplar)).isEqualTo(new QualityCounts(new Share(2, 2), 0, 0));
    }

    private static Person.Builder person(String name, LocalDate born, String id) {
        return Person.builder().owner("410103100001").name(name).sex(Sex.MALE).birthDate(born).idNumber(id)
                .ethnicity(Ethnicity.HAN).hukouType(HukouType.AGRICULTURAL).maritalStatus(MaritalStatus.FIRST_MARRIAGE)
                .relation(RelationToHead.HEAD).residence(ResidenceStatus.RESIDENT);
    }
}
