package org.villageregistry.county;

/**
 * Prints the county's monthly report (the report module, which the county does not see, does it; the program's
 * assembly connects the two).
 */
@FunctionalInterface
public interface CountyReportPrinter {
    /** The PDF of the report: the statistics, who has not reported, and who prepared it (a name). */
    byte[] monthlyPdf(CountyStatistics.Report statistics, ReportingStatus.Report reporting, String preparedBy);
}
