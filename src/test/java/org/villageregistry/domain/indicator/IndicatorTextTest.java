package org.villageregistry.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.text.Messages;

/** Every output writes a rate with its counts, and marks small numbers; no output writes "0.0" for no ratio. */
class IndicatorTextTest {
    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void aRateShowsItsCountsAndIsMarkedBelowTwentyInTheDenominator() {
        assertThat(IndicatorText.share(new Share(7, 8))).isEqualTo("87.5% (7/8)*");
        assertThat(IndicatorText.share(new Share(35, 40))).isEqualTo("87.5% (35/40)");
        assertThat(IndicatorText.share(new Share(19, 19))).isEqualTo("100.0% (19/19)*");
        assertThat(IndicatorText.share(new Share(0, 0))).as("nothing to divide by: no rate, no mark")
                .isEqualTo("— (0/0)");
    }

    @Test
    void noBoysAndOneGirlIsADashWithTheSmallNumbersMarkNeverZero() {
        SexRatio ratio = Indicators.sexRatioAtBirth(0, 1);
        assertThat(IndicatorText.sexRatio(ratio)).isEqualTo("— (0/1)*").doesNotContain("0.0");
        assertThat(IndicatorText.sexRatio(Indicators.sexRatioAtBirth(60, 55))).isEqualTo("109.1 (60/55)");
        assertThat(IndicatorText.smallNumbersNote()).contains("*").contains("50").contains("20").contains("仅供参考");
    }

    @Test
    void benefitsArePersonsAndAmount() {
        assertThat(IndicatorText.benefit(new BenefitFigures(3, Money.yuan(1800)))).isEqualTo("3 / ¥1,800.00");
    }

    @Test
    void underReportingFromTheListsHandWorked() {
        // 8 births on the hospital list in the month, 7 of them recorded by the villages: 1/8 = 12.5 %
        Share rate = Indicators.underReporting(8, 7);
        assertThat(rate).isEqualTo(new Share(1, 8));
        assertThat(IndicatorText.share(rate)).isEqualTo("12.5% (1/8)*");
    }
}
