package org.villageregistry.service.sample;

import java.time.LocalDate;

/**
 * The fixed days the sample is built around, so it is the same whatever day it is made on.
 * The register was set up the day before the three-year window of events that ends on the reference day.
 */
record SampleCalendar(LocalDate reference) {
    /** First day of the window of events (births, deaths, moves…). */
    LocalDate windowStart() {
        return reference.minusYears(3);
    }

    /** The day every person already living here was entered into the register. */
    LocalDate setUp() {
        return windowStart().minusDays(1);
    }

    /** Last day an event may fall on. */
    LocalDate lastEventDay() {
        return reference.minusDays(1);
    }
}
