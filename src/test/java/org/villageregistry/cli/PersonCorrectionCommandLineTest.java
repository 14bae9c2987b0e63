package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.IdNumber;

/** vreg person edit|correct: every field of a person corrected from the terminal, identity with a reason. */
class PersonCorrectionCommandLineTest extends VillageAtTheTerminal {

    @BeforeEach
    void villageWithZhangWei() {
        initVillage();
        assertThat(vreg("person", "add", "--name", "张伟", "--sex", "男", "--birth", "1985-06-01", "--id",
                IdNumber.compose("410103", LocalDate.of(1985, 6, 1), 15), "--hukou", "农业", "--marital", "未婚"))
                .as(err::toString).isZero();
    }

    @Test
    void aBirthDateIsCorrectedOnlyWithAReasonAndThenShown() {
        String rightId = IdNumber.compose("410103", LocalDate.of(1985, 3, 2), 15);

        assertThat(vreg("person", "edit", "张伟", "--birth", "1985-03-02", "--id", rightId)).isEqualTo(1);
        assertThat(err.toString()).contains("更正出生日期、身份证号须选择更正原因");

        assertThat(vreg("person", "edit", "张伟", "--birth", "1985-03-02", "--id", rightId, "--reason", "录入错误"))
                .as(err::toString).isZero();
        assertThat(out.toString()).contains("已更正 张伟 的档案").contains("“录入错误”已记入审计日志");
        assertThat(vreg("person", "show", "张伟")).isZero();
        assertThat(out.toString()).contains("1985-03-02");
        assertThat(vreg("audit", "list")).isZero();
        assertThat(out.toString()).contains("IDENTITY_CORRECTED").contains("fields=birthDate,idNumber;reason=ENTRY_ERROR");
    }

    @Test
    void choosingFirstMarriageTakesItsDateAndAWrongDateIsQuotedBack() {
        assertThat(vreg("person", "correct", "张伟", "--marital", "初婚", "--first-marriage", "2010/05/01"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("2010/05/01");

        assertThat(vreg("person", "correct", "张伟", "--marital", "初婚", "--first-marriage", "2010-05-01",
                "--phone", "13800001111")).as(err::toString).isZero();
        assertThat(vreg("person", "show", "张伟")).isZero();
        assertThat(out.toString()).contains("初婚").contains("2010-05-01");
    }

    @Test
    void aCorrectionThatChangesNothingSaysWhatToGive() {
        assertThat(vreg("person", "edit", "张伟")).isEqualTo(1);
        assertThat(err.toString()).contains("没有要更正的内容");
    }
}
