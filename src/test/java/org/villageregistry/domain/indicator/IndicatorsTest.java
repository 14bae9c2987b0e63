package org.villageregistry.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;

class IndicatorsTest {
    @Test
    void averagePopulationIsTheMeanOfStartAndEnd() {
        assertThat(Indicators.averagePopulation(1990, 2011)).isEqualTo(2000.5);
    }

    @Test
    void twelveBirthsInOneMonthAmongTwoThousandAre72PerMilleAnnualised() {
        PerMille rate = Indicators.crudeBirthRate(12, 2000, 1).orElseThrow();
        assertThat(rate.value()).isCloseTo(72.0, within(1e-9));
        assertThat(rate.annualised()).isTrue();
        assertThat(rate.basis(Messages.CHINESE)).contains("12 例").contains("2,000").contains("1 个月").contains("按年折算");
    }

    @Test
    void aWholeYearIsNotAnnualised() {
        PerMille rate = Indicators.crudeBirthRate(24, 2000, 12).orElseThrow();
        assertThat(rate.value()).isCloseTo(12.0, within(1e-9));
        assertThat(rate.annualised()).isFalse();
        assertThat(rate.basis(Messages.CHINESE)).doesNotContain("按年折算");
    }

    @Test
    void aQuarterIsAnnualisedByFour() {
        // 5 deaths in a quarter, population 2,500 → 5/2500 × 1000 × 12/3 = 8‰
        assertThat(Indicators.crudeDeathRate(5, 2500, 3).orElseThrow().value()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void naturalGrowthCanBeNegative() {
        // (3 − 7) / 1600 × 1000 × 12 / 6 = −5‰
        assertThat(Indicators.naturalGrowthRate(3, 7, 1600, 6).orElseThrow().value()).isCloseTo(-5.0, within(1e-9));
    }

    @Test
    void noRateWithoutPopulation() {
        assertThat(Indicators.crudeBirthRate(1, 0, 1)).isEmpty();
    }

    @Test
    void theBalanceCheckReportsTheDifference() {
        PopulationBalance ok = Indicators.balance(2000, 3, 5, 2, 4, 2002);
        assertThat(ok.balanced()).isTrue();
        assertThat(ok.finding()).isEmpty();
        PopulationBalance off = Indicators.balance(2000, 3, 5, 2, 4, 2000);
        assertThat(off.expectedEnd()).isEqualTo(2002);
        assertThat(off.difference()).isEqualTo(-2);
        assertThat(off.finding().orElseThrow().message(Messages.CHINESE)).contains("2,002").contains("-2");
    }

    @Test
    void sexRatioIsMalePer100FemaleWithTheSmallNumberFlag() {
        SexRatio normal = Indicators.sexRatioAtBirth(525, 500);
        assertThat(normal.ratio()).hasValueSatisfying(r -> assertThat(r).isCloseTo(105.0, within(1e-9)));
        assertThat(normal.smallNumbers()).isFalse();
        assertThat(normal.outsideNormalRange()).isFalse();

        SexRatio small = Indicators.sexRatioAtBirth(27, 22);
        assertThat(small.births()).isEqualTo(49);
        assertThat(small.smallNumbers()).isTrue();
        assertThat(Indicators.sexRatioAtBirth(27, 23).smallNumbers()).isFalse();
        assertThat(small.flagKeys()).contains("indicator.sexRatio.smallNumbers");
    }

    @Test
    void noBoysAndOneGirlHaveNoRatioButTheSmallNumbersNote() {
        SexRatio oneGirl = Indicators.sexRatioAtBirth(0, 1);
        assertThat(oneGirl.ratio()).isEmpty();
        assertThat(oneGirl.flagKeys()).containsExactly("indicator.sexRatio.smallNumbers");
        assertThat(Indicators.sexRatioAtBirth(1, 0).ratio()).isEmpty();
        assertThat(Indicators.sexRatioAtBirth(0, 60).ratio()).hasValue(0.0);
    }

    @Test
    void sexRatioOutside103To107IsFlagged() {
        assertThat(Indicators.sexRatioAtBirth(103, 100).outsideNormalRange()).isFalse();
        assertThat(Indicators.sexRatioAtBirth(107, 100).outsideNormalRange()).isFalse();
        assertThat(Indicators.sexRatioAtBirth(108, 100).outsideNormalRange()).isTrue();
        assertThat(Indicators.sexRatioAtBirth(102, 100).outsideNormalRange()).isTrue();
        assertThat(Indicators.sexRatioAtBirth(5, 0).ratio()).isEmpty();
    }

    @Test
    void orderSharesArePercentOfAllBirths() {
        OrderShares shares = Indicators.orderShares(10, 6, 4);
        assertThat(shares.first().percent()).contains(50.0);
        assertThat(shares.second().percent()).contains(30.0);
        assertThat(shares.thirdOrMore().percent()).contains(20.0);
        assertThat(Indicators.orderShares(0, 0, 0).first().percent()).isEmpty();
    }

    @Test
    void coverageAndTimelinessArePercentages() {
        assertThat(Indicators.serviceCoverage(45, 60).percent()).contains(75.0);
        assertThat(Indicators.registrationTimeliness(9, 12).percent()).contains(75.0);
    }

    @Test
    void underReportingIsTheShareOfFoundBirthsTheVillageHadNotReported() {
        // The township found 20 births; the village had 18 of them: (20 − 18) / 20 = 10 %
        assertThat(Indicators.underReporting(20, 18).percent()).contains(10.0);
        assertThatThrownBy(() -> Indicators.underReporting(20, 21)).isInstanceOf(RegistryException.class)
                .hasMessageContaining("比对");
    }
}
