package org.villageregistry.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.testing.People;

class RecordCompletenessTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 30);
    private final Person head = People.woman("王秀英", LocalDate.of(1949, 12, 31)).idNumber("11010519491231002X")
            .maritalStatus(MaritalStatus.WIDOWED).relation(RelationToHead.HEAD).build();

    @Test
    void anAdultWithEveryFieldIsComplete() {
        assertThat(RecordCompleteness.isComplete(head, ON)).isTrue();
    }

    @Test
    void anAdultWithoutIdNumberIsIncompleteButAChildIsNot() {
        assertThat(RecordCompleteness.missingFields(head.toBuilder().idNumber(null).build(), ON))
                .containsExactly("idNumber");
        Person seventeen = People.man("王小明", ON.minusYears(18).plusDays(1)).relation(RelationToHead.GRANDCHILD)
                .build();
        assertThat(RecordCompleteness.isComplete(seventeen, ON)).isTrue();
        Person eighteen = seventeen.toBuilder().birthDate(ON.minusYears(18)).build();
        assertThat(RecordCompleteness.missingFields(eighteen, ON)).containsExactly("idNumber");
    }

    @Test
    void maritalStatusIsNeededFrom15() {
        Person fourteen = People.woman("王小红", ON.minusYears(15).plusDays(1)).relation(RelationToHead.GRANDCHILD)
                .maritalStatus(null).build();
        assertThat(RecordCompleteness.isComplete(fourteen, ON)).isTrue();
        Person fifteen = fourteen.toBuilder().birthDate(ON.minusYears(15)).build();
        assertThat(RecordCompleteness.missingFields(fifteen, ON)).containsExactly("maritalStatus");
    }

    @Test
    void relationEthnicityAndHukouTypeAreNeeded() {
        Person p = head.toBuilder().relation(null).ethnicity(null).hukouType(null).build();
        assertThat(RecordCompleteness.missingFields(p, ON)).containsExactly("relation", "ethnicity", "hukouType");
    }

    @Test
    void completenessIsTheShareOfCompleteRecords() {
        List<Person> persons = List.of(head, head.toBuilder().relation(null).build(),
                head.toBuilder().ethnicity(null).build(), head.toBuilder().name("王秀兰").build());
        var share = RecordCompleteness.completeness(persons, ON);
        assertThat(share.part()).isEqualTo(2);
        assertThat(share.percent()).contains(50.0);
    }
}
