package org.villageregistry.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WrittenDateTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void eachWayADayCannotExistIsSaidAsItIs() {
        assertThat(WrittenDate.whyNoSuchDay("2026-02-30")).contains("2026 年 2 月只有 28 天");
        assertThat(WrittenDate.whyNoSuchDay("2026-13-01")).contains("一年只有 12 个月");
        assertThat(WrittenDate.whyNoSuchDay("2026-01-00")).contains("日子从 1 日数起，没有 0 日");
        assertThat(WrittenDate.whyNoSuchDay("2026-00-10")).contains("月份从 1 月数起，没有 0 月");
        assertThat(WrittenDate.whyNoSuchDay("2026-01-31")).isEmpty();
    }
}
