package org.villageregistry.report;

import java.time.YearMonth;

/** Live births of one month by sex, for the births-by-month chart. */
public record MonthBirths(YearMonth month, long male, long female) {
}
