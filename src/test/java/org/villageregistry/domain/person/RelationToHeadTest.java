package org.villageregistry.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.villageregistry.service.Json;

/** 与户主关系 after GB/T 4761, with the values older registers and bundles hold still read as before. */
class RelationToHeadTest {
    @Test
    void theValuesOfEarlierVersionsKeepTheirNamesAndCodes() throws Exception {
        assertThat(RelationToHead.HEAD.code()).isEqualTo("01");
        assertThat(RelationToHead.SPOUSE.code()).isEqualTo("10");
        assertThat(RelationToHead.SON.code()).isEqualTo("20");
        assertThat(RelationToHead.DAUGHTER.code()).isEqualTo("30");
        assertThat(RelationToHead.GRANDCHILD.code()).isEqualTo("40");
        assertThat(RelationToHead.PARENT.code()).isEqualTo("50");
        assertThat(RelationToHead.OTHER.code()).isEqualTo("99");
        assertThat(Json.mapper().readValue("[\"HEAD\",\"SPOUSE\",\"SON\",\"DAUGHTER\",\"GRANDCHILD\",\"PARENT\",\"OTHER\"]",
                RelationToHead[].class)).hasSize(7);
    }

    @Test
    void theNewRelationsTravelInBundlesByName() throws Exception {
        for (RelationToHead relation : RelationToHead.values()) {
            String json = Json.mapper().writeValueAsString(relation);
            assertThat(json).isEqualTo("\"" + relation.name() + "\"");
            assertThat(Json.mapper().readValue(json, RelationToHead.class)).isEqualTo(relation);
        }
    }

    @Test
    void everyTwoDigitCodeOfTheStandardNamesARelationAndNoOtherDoes() {
        assertThat(RelationToHead.ofGbCode("38")).contains(RelationToHead.DAUGHTER_IN_LAW);
        assertThat(RelationToHead.ofGbCode("28")).contains(RelationToHead.SON_IN_LAW);
        assertThat(RelationToHead.ofGbCode("43")).contains(RelationToHead.DAUGHTERS_CHILD);
        assertThat(RelationToHead.ofGbCode("61")).contains(RelationToHead.GRANDPARENT);
        assertThat(RelationToHead.ofGbCode("75")).contains(RelationToHead.SIBLING);
        assertThat(RelationToHead.ofGbCode("93")).contains(RelationToHead.OTHER_RELATIVE);
        for (RelationToHead relation : RelationToHead.values()) {
            assertThat(RelationToHead.ofGbCode(relation.code())).contains(relation);
        }
        assertThat(RelationToHead.ofGbCode("98")).isEmpty();
        assertThat(RelationToHead.ofGbCode("00")).isEmpty();
        assertThat(RelationToHead.ofGbCode("3")).isEmpty();
    }
}
