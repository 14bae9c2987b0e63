package org.villageregistry.report;

import java.time.LocalDate;

/** One line of a month's event list: when, what kind (e.g. "女 · 第 2 孩"), who, and further detail. */
public record EventLine(LocalDate date, String kind, String persons, String detail) {
}
