package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.IdNumber;

/** A name two persons share is refused naming both, so the registrar can say which she means. */
class TwoOfTheSameNameTest extends VillageAtTheTerminal {
    @Test
    void theRefusalListsThemByBirthDate() {
        initVillage();
        ok("person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01", "--id",
                IdNumber.compose("410103", LocalDate.of(1985, 6, 1), 17), "--hukou", "农业", "--marital", "未婚");
        ok("person", "add", "--name", "张伟", "--sex", "男", "--birth", "2001-02-03", "--id",
                IdNumber.compose("410103", LocalDate.of(2001, 2, 3), 19), "--hukou", "农业", "--marital", "未婚");

        assertThat(vreg("person", "show", "张伟")).isEqualTo(Vreg.USER_ERROR);

        assertThat(err.toString()).contains("“张伟”对应 2 人：", "1985-06-01 出生", "2001-02-03 出生",
                "vreg find 张伟");
    }
}
