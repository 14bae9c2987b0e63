package org.villageregistry.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The 95 % Wilson interval against values worked by hand with z = 1.96: for 5/10, z²/n = 0.38415, the centre is
 * (0.5 + 0.19207)/1.38415 = 0.5 and the half width 1.96·√(0.025 + 0.0096)/1.38415 = 0.26341.
 */
class WilsonIntervalTest {
    private static WilsonInterval of(long k, long n) {
        return WilsonInterval.of(k, n).orElseThrow();
    }

    @Test
    void halfOfTenLiesBetween24And76PerCent() {
        assertThat(of(5, 10).low()).isCloseTo(0.2366, within(0.0001));
        assertThat(of(5, 10).high()).isCloseTo(0.7634, within(0.0001));
    }

    @Test
    void noneOfTenStillLeavesUpTo28PerCent() {
        assertThat(of(0, 10).low()).isZero();
        assertThat(of(0, 10).high()).isCloseTo(0.2775, within(0.0001));
    }

    @Test
    void allOfTenStillLeavesDownTo72PerCent() {
        assertThat(of(10, 10).low()).isCloseTo(0.7225, within(0.0001));
        assertThat(of(10, 10).high()).isCloseTo(1.0, within(1e-12)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void oneOfOneSaysLittle() {
        assertThat(of(1, 1).low()).isCloseTo(0.2065, within(0.0001));
        assertThat(of(0, 1).high()).isCloseTo(0.7935, within(0.0001));
    }

    @Test
    void thirtyTwoOfThirtyFourAndEightyNineOfAHundred() {
        assertThat(of(32, 34).low()).isCloseTo(0.8091, within(0.0001));
        assertThat(of(32, 34).high()).isCloseTo(0.9837, within(0.0001));
        assertThat(of(89, 100).low()).isCloseTo(0.8137, within(0.0001));
        assertThat(of(89, 100).high()).isCloseTo(0.9375, within(0.0001));
    }

    @Test
    void nothingCheckedGivesNoInterval() {
        assertThat(WilsonInterval.of(0, 0)).isEmpty();
        assertThat(new SampleRate(0, 0).value()).isEmpty();
        assertThat(new SampleRate(0, 0).smallSample()).isFalse();
    }

    @Test
    void aRateCarriesItsCountsAndIsMarkedSmallBelowThirty() {
        SampleRate rate = new SampleRate(32, 34);
        assertThat(rate.value()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.9412, within(0.0001)));
        assertThat(rate.smallSample()).isFalse();
        assertThat(new SampleRate(9, 10).smallSample()).isTrue();
        assertThat(rate.plus(new SampleRate(9, 10))).isEqualTo(new SampleRate(41, 44));
    }

    @Test
    void aPartLargerThanTheWholeIsRefused() {
        assertThatThrownBy(() -> WilsonInterval.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SampleRate(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
