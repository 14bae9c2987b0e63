package org.villageregistry.domain.indicator;

import java.util.Optional;

/**
 * A proportion measured on a sample: numerator, denominator, the rate and its 95 % Wilson interval. Printed with
 * both counts, since at village size a rate without them misleads; smallSample below {@link #SMALL_SAMPLE}.
 */
public record SampleRate(long numerator, long denominator) {
    /** Fewer checked than this and the interval is wide: the printed rate carries the small-numbers note. */
    public static final int SMALL_SAMPLE = 30;
    private static final String NONE = "—";

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

    /** The rate as printed: 94.1%, or — when nothing was counted. */
    public String percentText() {
        return value().map(p -> String.format(java.util.Locale.ROOT, "%.1f%%", p * 100)).orElse(NONE);
    }

    /** The counts as printed: 32/34. */
    public String countsText() {
        return numerator + "/" + denominator;
    }

    /** The interval as printed: 80.9%–98.4%, or — when nothing was counted. */
    public String intervalText() {
        return interval().map(i -> String.format(java.util.Locale.ROOT, "%.1f%%–%.1f%%", i.low() * 100,
                i.high() * 100)).orElse(NONE);
    }

    public SampleRate plus(SampleRate other) {
        return new SampleRate(numerator + other.numerator, denominator + other.denominator);
    }
}
