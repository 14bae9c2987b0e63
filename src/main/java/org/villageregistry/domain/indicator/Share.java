package org.villageregistry.domain.indicator;

import java.util.Optional;

/**
 * A part of a whole as a percentage, shown with both counts; no percentage when the whole is zero. A whole below
 * {@link #SMALL_NUMBER_LIMIT} is "small numbers": one person more or less moves the rate by five points or more,
 * so the rate is marked as the sex ratio is below 50 births.
 */
public record Share(long part, long whole, boolean smallNumbers) {
    public static final int SMALL_NUMBER_LIMIT = 20;

    /**
     * smallNumbers is a component (not only a method) so that {@code vreg stats --format json} and the county's API
     * carry the mark beside the counts; it always follows from the whole.
     */
    public Share {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a share needs 0 <= part <= whole, got " + part + "/" + whole);
        }
        if (smallNumbers != (whole > 0 && whole < SMALL_NUMBER_LIMIT)) {
            throw new IllegalArgumentException("small numbers follow from the whole " + whole);
        }
    }

    public Share(long part, long whole) {
        this(part, whole, whole > 0 && whole < SMALL_NUMBER_LIMIT);
    }

    public Optional<Double> percent() {
        return whole == 0 ? Optional.empty() : Optional.of(part * 100.0 / whole);
    }
}
