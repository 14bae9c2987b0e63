package org.villageregistry.domain.indicator;

import java.util.Optional;

/** A part of a whole as a percentage, shown with both counts; no percentage when the whole is zero. */
public record Share(long part, long whole) {
    public Share {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a share needs 0 <= part <= whole, got " + part + "/" + whole);
        }
    }

    public Optional<Double> percent() {
        return whole == 0 ? Optional.empty() : Optional.of(part * 100.0 / whole);
    }
}
