package org.villageregistry.county.web;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.villageregistry.county.CountyStatistics;
import org.villageregistry.county.ReportingStatus;
import org.villageregistry.county.store.CountyUsers;
import org.villageregistry.county.store.DuplicateSuspects;
import org.villageregistry.county.store.InboxEntry;
import org.villageregistry.domain.indicator.Period;

/**
 * What the county's pages show and check: its name, its users, its statistics and reporting status per period,
 * its duplicate suspects, its monthly report as PDF for a period, prepared by the signed-in analyst, and the
 * latest uploads for its administrators; the names of the divisions it has enrolled (code → name).
 */
public record CountySite(String countyName, CountyUsers users, Function<Period, CountyStatistics.Report> statistics,
                         Function<Period, ReportingStatus.Report> reporting,
                         Supplier<List<DuplicateSuspects.Group>> duplicates,
                         java.util.function.BiFunction<Period, String, byte[]> monthlyReport,
                         Supplier<List<InboxEntry>> uploads, Supplier<java.util.Map<String, String>> divisionNames,
                         Clock clock) {
}
