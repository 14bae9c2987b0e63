package org.villageregistry.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

class PeriodTest {
    @Test
    void theChineseWayOfWritingAPeriodIsReadToo() {
        assertThat(Period.parse("2026年11月")).isEqualTo(Period.parse("2026-11"));
        assertThat(Period.parse("2026 年 3 月")).isEqualTo(Period.parse("2026-03"));
        assertThat(Period.parse("2026年第4季度")).isEqualTo(Period.parse("2026-Q4"));
        assertThat(Period.parse("2026年四季度")).isEqualTo(Period.parse("2026-Q4"));
        assertThat(Period.parse("2026年")).isEqualTo(Period.parse("2026"));
        assertThat(Period.parse("2026年度")).isEqualTo(Period.parse("2026"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Period.parse("2026年13月"))
                .hasMessageContaining("2026年13月");
    }

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        Period p = Period.parse("2024-02");
        assertThat(p.kind()).isEqualTo(Period.Kind.MONTH);
        assertThat(p.from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(p.months()).isEqualTo(1);
        assertThat(p.text()).isEqualTo("2024-02");
    }

    @Test
    void aQuarterHasThreeMonths() {
        Period p = Period.parse("2026-Q4");
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(p.months()).isEqualTo(3);
        assertThat(Period.parse("2026-q1").text()).isEqualTo("2026-Q1");
    }

    @Test
    void aYearHasTwelveMonths() {
        Period p = Period.parse(" 2026 ");
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(p.months()).isEqualTo(12);
    }

    @Test
    void badTextIsRefusedInChineseWithTheExpectedForms() {
        for (String bad : new String[] {"2026-13", "2026-Q5", "26", "2026/11", "", "十一月"}) {
            assertThatThrownBy(() -> Period.parse(bad)).isInstanceOf(RegistryException.class)
                    .satisfies(e -> assertThat(((RegistryException) e).getMessage(Messages.CHINESE))
                            .contains("格式不对").contains("2026-Q4"));
        }
    }

    @Test
    void theStatisticsYearRunsFromOctoberToSeptember() {
        Period sy = Period.statisticsYearContaining(LocalDate.of(2026, 11, 5));
        assertThat(sy.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(sy.to()).isEqualTo(LocalDate.of(2027, 9, 30));
        Period earlier = Period.statisticsYearContaining(LocalDate.of(2026, 9, 30));
        assertThat(earlier.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(earlier.months()).isEqualTo(12);
    }

    @Test
    void yearToDateStartsAtTheStatisticsYear() {
        Period ytd = Period.parse("2027-02").statisticsYearToDate();
        assertThat(ytd.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ytd.to()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ytd.months()).isEqualTo(5);
    }

    @Test
    void sameMonthLastYearEndsOnThatMonthsLastDay() {
        Period last = Period.parse("2024-02").sameLastYear();
        assertThat(last.from()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(last.to()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(Period.parse("2026-11").contains(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(Period.parse("2026-11").contains(LocalDate.of(2026, 12, 1))).isFalse();
    }
}
