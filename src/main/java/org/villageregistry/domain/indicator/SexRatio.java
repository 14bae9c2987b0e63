package org.villageregistry.domain.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sex ratio at birth: male births per 100 female births, with the counts. smallNumbers when fewer than 50 births
 * (the ratio then means little); outsideNormalRange when the ratio is below 103 or above 107.
 */
public record SexRatio(long maleBirths, long femaleBirths, Optional<Double> ratio, boolean smallNumbers,
        boolean outsideNormalRange) {
    public static final int SMALL_NUMBER_LIMIT = 50;
    public static final double NORMAL_LOW = 103;
    public static final double NORMAL_HIGH = 107;

    public long births() {
        return maleBirths + femaleBirths;
    }

    /** Message keys of the flags, for a report's notes column. */
    public List<String> flagKeys() {
        List<String> keys = new ArrayList<>();
        if (smallNumbers) {
            keys.add("indicator.sexRatio.smallNumbers");
        }
        if (outsideNormalRange) {
            keys.add("indicator.sexRatio.outsideRange");
        }
        return keys;
    }
}
