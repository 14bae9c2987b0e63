package org.villageregistry.county.store;

import java.time.Instant;
import java.util.Map;

/** A township's signed monthly report as the county read it: the month and each village's state of it. */
public record TownshipMonth(String township, String period, Map<String, String> villages, Instant receivedAt) {
    public TownshipMonth {
        villages = Map.copyOf(villages);
    }
}
