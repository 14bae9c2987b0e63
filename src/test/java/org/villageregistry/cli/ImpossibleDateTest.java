package org.villageregistry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A date written the right way that is not a day of the calendar is told as such, not as a wrong format. */
class ImpossibleDateTest extends VillageAtTheTerminal {
    @Test
    void theThirtiethOfFebruaryIsSaidNotToExist() {
        initVillage();

        assertThat(vreg("death", "record", "--person", "张伟", "--date", "2026-02-30")).isEqualTo(Vreg.USER_ERROR);

        assertThat(err.toString()).contains("日期“2026-02-30”不存在：2026 年 2 月只有 28 天").doesNotContain("格式不对");
    }

    @Test
    void aThirteenthMonthIsSaidNotToExist() {
        initVillage();

        assertThat(vreg("death", "record", "--person", "张伟", "--date", "2026-13-01")).isEqualTo(Vreg.USER_ERROR);

        assertThat(err.toString()).contains("日期“2026-13-01”不存在：一年只有 12 个月");
    }

    @Test
    void aDateWrittenAnotherWayIsStillAWrongFormat() {
        initVillage();

        assertThat(vreg("death", "record", "--person", "张伟", "--date", "2026/02/03")).isEqualTo(Vreg.USER_ERROR);

        assertThat(err.toString()).contains("日期“2026/02/03”格式不对");
    }

    @Test
    void aBirthMomentOnTheThirtiethOfFebruaryIsSaidNotToExist() {
        initVillage();

        assertThat(vreg("birth", "record", "--mother", "周娟", "--born", "2026-02-30T10:15", "--child", "马喆,男"))
                .isEqualTo(Vreg.USER_ERROR);

        assertThat(err.toString()).contains("2026-02-30").contains("不存在：2026 年 2 月只有 28 天");
    }
}
