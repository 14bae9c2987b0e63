package org.villageregistry.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.event.BirthOrderRule.NewBirth;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.testing.People;

class BirthOrderRuleTest {
    private final UUID mother = UUID.randomUUID();
    private final UUID husband = UUID.randomUUID();
    private final UUID formerHusband = UUID.randomUUID();

    private Person child(String name, LocalDate born, UUID father) {
        return People.man(name, born).motherId(mother).fatherId(father).build();
    }

    private static NewBirth at(String time, int sequence) {
        return new NewBirth(LocalDateTime.parse(time), sequence);
    }

    @Test
    void aCouplesFirstChildIsOrder1() {
        assertThat(BirthOrderRule.orders(mother, husband, List.of(), List.of(at("2026-03-01T08:00", 1))))
                .containsExactly(1);
    }

    @Test
    void recordingTwinsGivesEachChildItsOwnOrder() {
        List<Person> earlier = List.of(child("大毛", LocalDate.of(2020, 5, 1), husband));
        List<Integer> orders = BirthOrderRule.orders(mother, husband, earlier,
                List.of(at("2026-03-01T08:10", 1), at("2026-03-01T08:05", 2)));
        assertThat(orders).containsExactly(3, 2);
    }

    @Test
    void twinsBornAtTheSameMinuteFollowTheSequenceGiven() {
        List<Integer> orders = BirthOrderRule.orders(mother, husband, List.of(),
                List.of(at("2026-03-01T08:00", 2), at("2026-03-01T08:00", 1), at("2026-03-01T08:00", 3)));
        assertThat(orders).containsExactly(2, 1, 3);
    }

    @Test
    void childrenFromAnEarlierMarriageDoNotCount() {
        List<Person> children = List.of(
                child("前婚长子", LocalDate.of(2012, 1, 1), formerHusband),
                child("前婚次子", LocalDate.of(2014, 1, 1), formerHusband),
                child("本婚长女", LocalDate.of(2022, 1, 1), husband));
        assertThat(BirthOrderRule.orders(mother, husband, children, List.of(at("2026-03-01T08:00", 1))))
                .containsExactly(2);
    }

    @Test
    void adoptedChildrenDoNotCountButDeceasedOnesDo() {
        Person adopted = child("养子", LocalDate.of(2018, 1, 1), husband).toBuilder().adopted(true).build();
        Person died = child("夭折", LocalDate.of(2019, 1, 1), husband).toBuilder()
                .residence(org.villageregistry.domain.person.ResidenceStatus.DEAD).leftOn(LocalDate.of(2019, 2, 1))
                .build();
        Person voided = child("重档", LocalDate.of(2020, 1, 1), husband).withVoidReason("重档");
        assertThat(BirthOrderRule.orders(mother, husband, List.of(adopted, died, voided),
                List.of(at("2026-03-01T08:00", 1)))).containsExactly(2);
    }

    @Test
    void aJointChildBornBeforeTheMarriageCounts() {
        // The couple married in 2021; their first child was born in 2019 and is still their joint child.
        Person beforeMarriage = child("婚前子", LocalDate.of(2019, 6, 1), husband);
        assertThat(BirthOrderRule.orders(mother, husband, List.of(beforeMarriage), List.of(at("2026-03-01T08:00", 1))))
                .containsExactly(2);
    }

    @Test
    void aChildOfTheMotherWithAnUnrecordedFatherIsNotTheCouplesJointChild() {
        Person extramarital = child("非婚生", LocalDate.of(2015, 1, 1), null);
        assertThat(BirthOrderRule.orders(mother, husband, List.of(extramarital), List.of(at("2026-03-01T08:00", 1))))
                .containsExactly(1);
    }

    @Test
    void withTheFatherUnknownTheMothersChildrenWithoutRecordedFatherCount() {
        List<Person> children = List.of(child("无父记录", LocalDate.of(2015, 1, 1), null),
                child("前婚子", LocalDate.of(2012, 1, 1), formerHusband));
        assertThat(BirthOrderRule.orders(mother, null, children, List.of(at("2026-03-01T08:00", 1))))
                .containsExactly(2);
    }

    @Test
    void aChildAlreadyRecordedLaterThanTheDeliveryIsNotCountedBeforeIt() {
        // A birth entered late: the younger sibling is already in the register.
        Person younger = child("弟弟", LocalDate.of(2024, 1, 1), husband);
        assertThat(BirthOrderRule.orders(mother, husband, List.of(younger), List.of(at("2021-03-01T08:00", 1))))
                .containsExactly(1);
    }
}
