package org.villageregistry.domain.indicator;

import java.util.Optional;

/**
 * A proportion measured on a sample: numerator, denominator, the rate and its 95 % Wilson interval. Printed with
 * both counts, since at village size a rate without them misleads; smallSample below {@link #SMALL_SAMPLE}.
 */
public record SampleRate(long numerator, long denominator) {
    /** Fewer checked than this and the interval is wide: the printed rate carries the small-numbers note. */
    public static final int SMALL_SAMPLE = 30;

    public SampleRate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a rate needs 0 <= numerator <= denominator, got "
                    + numerator + "/" + denominator);
        }
    }

    /** The rate as a fraction 0–1; empty when nothing was counted. */
    public Optional<Double> value() {
        return denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator);
    }

    public Optional<WilsonInterval> interval() {
        return WilsonInterval.of(numerator, denominator);
    }

    public boolean smallSample() {
        return denominator > 0 && denominator < SMALL_SAMPLE;
    }

    public SampleRate plus(SampleRate other) {
        return new SampleRate(numerator + other.numerator, denominator + other.denominator);
    }
}
