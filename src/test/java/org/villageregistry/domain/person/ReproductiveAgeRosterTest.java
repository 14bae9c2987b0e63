package org.villageregistry.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.testing.People;

class ReproductiveAgeRosterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

    private static List<String> names(List<Person> persons) {
        return persons.stream().map(Person::name).toList();
    }

    @Test
    void aGirlJoinsOnHer15thBirthdayAndAWomanLeavesOnHer50th() {
        Person turns15 = People.woman("满十五", DAY.minusYears(15)).build();
        Person turns15Tomorrow = People.woman("差一天", DAY.minusYears(15).plusDays(1)).build();
        Person turns50 = People.woman("满五十", DAY.minusYears(50)).maritalStatus(MaritalStatus.MARRIED).build();
        Person turns50Tomorrow = People.woman("四十九", DAY.minusYears(50).plusDays(1))
                .maritalStatus(MaritalStatus.MARRIED).build();
        var roster = ReproductiveAgeRoster.on(DAY, List.of(turns15, turns15Tomorrow, turns50, turns50Tomorrow));
        assertThat(names(roster.women())).containsExactlyInAnyOrder("满十五", "四十九");
        assertThat(names(roster.marriedWomen())).containsExactly("四十九");
    }

    @Test
    void marriedMeansStatus20To23() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        List<Person> women = List.of(
                People.woman("已婚", born).maritalStatus(MaritalStatus.MARRIED).build(),
                People.woman("初婚", born).maritalStatus(MaritalStatus.FIRST_MARRIAGE).build(),
                People.woman("再婚", born).maritalStatus(MaritalStatus.REMARRIED).build(),
                People.woman("复婚", born).maritalStatus(MaritalStatus.MARRIED_AGAIN).build(),
                People.woman("丧偶", born).maritalStatus(MaritalStatus.WIDOWED).build(),
                People.woman("离婚", born).maritalStatus(MaritalStatus.DIVORCED).build(),
                People.woman("未婚", born).build());
        var roster = ReproductiveAgeRoster.on(DAY, women);
        assertThat(roster.women()).hasSize(7);
        assertThat(names(roster.marriedWomen())).containsExactlyInAnyOrder("已婚", "初婚", "再婚", "复婚");
    }

    @Test
    void menAreNotOnTheRoster() {
        assertThat(ReproductiveAgeRoster.on(DAY, List.of(People.man("张伟", LocalDate.of(1990, 1, 1)).build()))
                .women()).isEmpty();
    }

    @Test
    void womenWhoMovedOutOrDiedLeaveTheRosterFromThatDay() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        Person movedOut = People.woman("迁出", born).residence(ResidenceStatus.MOVED_OUT).leftOn(DAY).build();
        Person diedLater = People.woman("后死亡", born).residence(ResidenceStatus.DEAD).leftOn(DAY.plusDays(1)).build();
        Person deadNoDate = People.woman("死亡无日期", born).residence(ResidenceStatus.DEAD).build();
        Person voided = People.woman("重档", born).voidReason("重档").build();
        Person away = People.woman("流出", born).residence(ResidenceStatus.AWAY).build();
        var roster = ReproductiveAgeRoster.on(DAY, List.of(movedOut, diedLater, deadNoDate, voided, away));
        assertThat(names(roster.women())).containsExactlyInAnyOrder("后死亡", "流出");
    }

    @Test
    void aWomanWhoMovesInLaterIsNotYetOnTheRoster() {
        Person incoming = People.woman("流入", LocalDate.of(1995, 6, 1)).residence(ResidenceStatus.INCOMING)
                .enteredOn(DAY.plusDays(1)).build();
        assertThat(ReproductiveAgeRoster.on(DAY, List.of(incoming)).women()).isEmpty();
        assertThat(ReproductiveAgeRoster.on(DAY.plusDays(1), List.of(incoming)).women()).hasSize(1);
    }
}
