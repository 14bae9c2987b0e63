package org.villageregistry.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;

/** The relation to the head a newborn gets from its mother's, in GB/T 4761 words. */
class BirthRelationTest {
    @Test
    void aBabyOfTheDaughterInLawIsA孙子女AndOfTheDaughterA外孙子女() {
        assertThat(BirthService.relationOfChild(RelationToHead.SPOUSE, Sex.FEMALE)).isEqualTo(RelationToHead.DAUGHTER);
        assertThat(BirthService.relationOfChild(RelationToHead.HEAD, Sex.MALE)).isEqualTo(RelationToHead.SON);
        assertThat(BirthService.relationOfChild(RelationToHead.DAUGHTER_IN_LAW, Sex.MALE))
                .isEqualTo(RelationToHead.GRANDCHILD);
        assertThat(BirthService.relationOfChild(RelationToHead.DAUGHTER, Sex.FEMALE))
                .isEqualTo(RelationToHead.DAUGHTERS_CHILD);
        assertThat(BirthService.relationOfChild(RelationToHead.OTHER_RELATIVE, Sex.FEMALE))
                .isEqualTo(RelationToHead.OTHER);
    }
}
