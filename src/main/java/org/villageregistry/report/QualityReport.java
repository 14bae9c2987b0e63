package org.villageregistry.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.villageregistry.domain.indicator.Share;
import org.villageregistry.service.Finding;

/** The data-quality report: findings by kind with the records to fix, and how complete the person records are. */
public record QualityReport(ReportHeader header, LocalDate on, List<Finding> findings,
                            Map<Finding.Kind, Long> countsByKind, Share completeness, long invalidIds,
                            long duplicateSuspects) {
    public QualityReport {
        findings = List.copyOf(findings);
        countsByKind = Map.copyOf(countsByKind);
    }
}
