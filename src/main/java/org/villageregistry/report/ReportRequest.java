package org.villageregistry.report;

import java.util.Optional;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.RegistryException;

/**
 * What to print: the kind, the period (monthly reports, rolls), the programme code (rolls) and the registration
 * (receipts: record id or registration number).
 */
public record ReportRequest(ReportKind kind, Optional<Period> period, Optional<String> programme,
                            Optional<String> registration) {
    public static ReportRequest monthly(ReportKind kind, Period period) {
        return new ReportRequest(kind, Optional.of(period), Optional.empty(), Optional.empty());
    }

    public static ReportRequest roll(String programme, Period period) {
        return new ReportRequest(ReportKind.PAYMENT_ROLL, Optional.of(period), Optional.of(programme),
                Optional.empty());
    }

    public static ReportRequest receipt(String registration) {
        return new ReportRequest(ReportKind.BIRTH_RECEIPT, Optional.empty(), Optional.empty(),
                Optional.of(registration));
    }

    public static ReportRequest quality() {
        return new ReportRequest(ReportKind.DATA_QUALITY, Optional.empty(), Optional.empty(), Optional.empty());
    }

    Period requirePeriod() {
        return period.orElseThrow(() -> new RegistryException("report.request.period", kind.label()));
    }
}
