package org.villageregistry.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.villageregistry.county.CountyReportPrinter;
import org.villageregistry.county.ReportingStatus;
import org.villageregistry.report.CountyMonthlyReport;
import org.villageregistry.report.ReportHeader;
import org.villageregistry.service.ProgramBuild;

/** The county's monthly report, laid out and printed by the report module like every workstation's report. */
public final class CountyReports {
    private CountyReports() {
    }

    /** What the county server prints its report with: who has not reported named, the footer with the build. */
    public static CountyReportPrinter printer(Clock clock, ProgramBuild build) {
        return (statistics, reporting, preparedBy) -> {
            List<String> notReported = new ArrayList<>();
            for (ReportingStatus.Township t : reporting.townships()) {
                if (!t.township().reported()) {
                    notReported.add(t.township().name() + " " + t.township().code());
                }
                t.villagesNotReported().forEach(v -> notReported.add(v.name() + " " + v.code()));
            }
            return new CountyMonthlyReport(new ReportHeader(statistics.divisionCode(), statistics.divisionName(),
                    preparedBy, LocalDateTime.now(clock), build), statistics.period(), statistics.townships(),
                    statistics.total(), notReported, reporting.open()).pdf();
        };
    }
}
