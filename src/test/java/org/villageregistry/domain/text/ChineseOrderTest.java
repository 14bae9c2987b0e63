package org.villageregistry.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseOrderTest {
    @Test
    void namesGoInADictionarysOrderNotInTheirCharactersCodes() {
        List<String> names = new ArrayList<>(List.of("周子涵", "孙玉兰", "单霞", "王琴", "解强", "单鹏", "吴强", "郭家豪",
                "胡杰"));

        names.sort(ChineseOrder.NAMES);

        assertThat(names).containsExactly("单鹏", "单霞", "郭家豪", "胡杰", "解强", "孙玉兰", "王琴", "吴强", "周子涵");
    }
}
