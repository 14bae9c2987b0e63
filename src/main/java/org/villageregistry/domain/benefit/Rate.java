package org.villageregistry.domain.benefit;

import java.time.LocalDate;

/** An amount that applies from a date on, per period (a year or a month), as configured for a programme. */
public record Rate(LocalDate from, Money amount, RatePeriod per) {
    /** The unit an amount is paid for. */
    public enum RatePeriod { YEAR, MONTH }
}
