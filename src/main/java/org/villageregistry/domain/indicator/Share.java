package org.villageregistry.domain.indicator;

import java.util.Optional;

/**
 * A part of a whole as a percentage, shown with both counts; no percentage when the whole is zero. A whole below
 * {@link #SMALL_NUMBER_LIMIT} is "small numbers": one person more or less moves the rate by five points or more,
 * so the rate is marked as the sex ratio is below 50 births.
 */
public record Share(long part, long whole) {
    public static final int SMALL_NUMBER_LIMIT = 20;

    public Share {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a share needs 0 <= part <= whole, got " + part + "/" + whole);
        }
    }

    public Optional<Double> percent() {
        return whole == 0 ? Optional.empty() : Optional.of(part * 100.0 / whole);
    }

    /** A rate on fewer than {@link #SMALL_NUMBER_LIMIT} in its denominator (none at all is no rate, not small). */
    public boolean smallNumbers() {
        return whole > 0 && whole < SMALL_NUMBER_LIMIT;
    }
}
