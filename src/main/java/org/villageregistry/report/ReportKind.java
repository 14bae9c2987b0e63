package org.villageregistry.report;

import java.util.Locale;
import java.util.Optional;
import org.villageregistry.domain.text.Messages;

/** The documents the report module prints. */
public enum ReportKind {
    VILLAGE_MONTHLY, TOWNSHIP_MONTHLY, PAYMENT_ROLL, BIRTH_RECEIPT, DATA_QUALITY;

    public String label() {
        return Messages.get("report.kind." + name());
    }

    /** The CLI's names: monthly, township, roll, quality, receipt. */
    public static Optional<ReportKind> parse(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
            case "monthly" -> Optional.of(VILLAGE_MONTHLY);
            case "township" -> Optional.of(TOWNSHIP_MONTHLY);
            case "roll" -> Optional.of(PAYMENT_ROLL);
            case "quality" -> Optional.of(DATA_QUALITY);
            case "receipt" -> Optional.of(BIRTH_RECEIPT);
            default -> Optional.empty();
        };
    }
}
