package org.villageregistry.service;

import org.villageregistry.domain.indicator.Period;

/**
 * Whether a village's bundle for a period has reached the township. The sync module answers from its record of
 * received bundles; until it is wired in, {@link #NOT_TRACKED} answers {@link Arrival#UNKNOWN} so a report never
 * claims an arrival nobody recorded.
 */
@FunctionalInterface
public interface BundleArrivals {
    BundleArrivals NOT_TRACKED = (village, period) -> Arrival.UNKNOWN;

    Arrival arrival(String villageCode, Period period);

    /** What the township knows about one village's bundle for a period. */
    enum Arrival { RECEIVED, MISSING, UNKNOWN }
}
