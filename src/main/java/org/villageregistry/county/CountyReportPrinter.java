package org.villageregistry.county;

/**
 * Prints the county's monthly report (the report module, which the county does not see, does it; the program's
 * assembly connects the two).
 */
@FunctionalInterface
public interface CountyReportPrinter {
    /**
     * The PDF of the report: the statistics, who has not reported, the county-wide duplicate suspects (at most
     * {@code shownOfEachKind} groups of each kind), and who prepared it (a name).
     */
    byte[] monthlyPdf(CountyStatistics.Report statistics, ReportingStatus.Report reporting,
                      java.util.List<org.villageregistry.county.store.DuplicateSuspects.Group> duplicates,
                      int shownOfEachKind, String preparedBy);
}
