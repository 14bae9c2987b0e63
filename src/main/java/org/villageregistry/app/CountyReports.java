package org.villageregistry.app;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.villageregistry.county.CountyReportPrinter;
import org.villageregistry.county.ReportingStatus;
import org.villageregistry.county.store.DuplicateSuspects;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.CountyMonthlyReport;
import org.villageregistry.report.ReportHeader;
import org.villageregistry.service.ProgramBuild;
import org.villageregistry.service.StatisticsReport;

/** The county's monthly report, laid out and printed by the report module like every workstation's report. */
public final class CountyReports {
    private CountyReports() {
    }

    /** What the county server prints its report with: who has not reported named, the footer with the build. */
    public static CountyReportPrinter printer(Clock clock, ProgramBuild build) {
        return (statistics, reporting, duplicates, shownOfEachKind, preparedBy) -> {
            List<String> notReported = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            for (ReportingStatus.Township t : reporting.townships()) {
                if (!t.township().reported()) {
                    notReported.add(t.township().name() + " " + t.township().code());
                }
                t.villagesNotReported().forEach(v -> notReported.add(v.name() + " " + v.code()));
            }
            for (StatisticsReport t : statistics.townships()) {
                names.put(t.divisionCode(), t.divisionName());
                t.villages().forEach(v -> names.put(v.divisionCode(), v.divisionName()));
            }
            List<CountyMonthlyReport.SuspectRow> suspects = new ArrayList<>();
            Map<DuplicateSuspects.Reason, Integer> groups = new EnumMap<>(DuplicateSuspects.Reason.class);
            for (DuplicateSuspects.Group g : duplicates) {
                groups.merge(g.reason(), 1, Integer::sum);
                boolean first = true;
                for (DuplicateSuspects.Member m : g.members()) {
                    suspects.add(new CountyMonthlyReport.SuspectRow(
                            first ? Messages.get("county.web.dup." + g.reason().name()) : "", m.name(),
                            m.birthDate().map(Object::toString).orElse(""),
                            m.idNumber().map(IdNumber::mask).orElse(""),
                            names.getOrDefault(m.village(), m.village()) + "（"
                                    + names.getOrDefault(m.township(), m.township()) + "）"));
                    first = false;
                }
            }
            boolean cut = groups.values().stream().anyMatch(n -> n >= shownOfEachKind);
            return new CountyMonthlyReport(new ReportHeader(statistics.divisionCode(), statistics.divisionName(),
                    preparedBy, LocalDateTime.now(clock), build), statistics.period(), statistics.townships(),
                    statistics.total(), notReported, reporting.open(), suspects, cut).pdf();
        };
    }
}
