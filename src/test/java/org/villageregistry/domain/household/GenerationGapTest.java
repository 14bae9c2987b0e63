package org.villageregistry.domain.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;

/** Parents and children of one household born too close together, and aunts who are not their parents. */
class GenerationGapTest {
    private static Person member(String name, String born, RelationToHead relation) {
        return Person.builder().name(name).birthDate(LocalDate.parse(born)).relation(relation).build();
    }

    @Test
    void aSonBornElevenYearsAfterHisFatherIsFoundButNotOneBornTwelveYearsAfter() {
        Person father = member("王建国", "1980-01-01", RelationToHead.HEAD);
        Person early = member("王一", "1991-12-31", RelationToHead.SON);
        Person late = member("王二", "1992-01-01", RelationToHead.SON);

        assertThat(GenerationGap.find(List.of(father, early, late)))
                .containsExactly(new GenerationGap.TooClose(father, early));
    }

    @Test
    void theHeadsYoungSisterIsNoParentOfHisGrandsonAndMembersWithoutRelationAreSkipped() {
        Person head = member("王建国", "1950-01-01", RelationToHead.HEAD);
        Person son = member("王强", "1975-01-01", RelationToHead.SON);
        Person lateDaughter = member("王小妹", "1990-01-01", RelationToHead.DAUGHTER);
        Person grandson = member("王小宝", "1995-01-01", RelationToHead.GRANDCHILD);
        Person unknown = member("李某", "1994-01-01", null);

        assertThat(GenerationGap.find(List.of(head, son, lateDaughter, grandson, unknown))).isEmpty();
    }
}
