package org.villageregistry.report;

import java.util.Locale;
import java.util.Optional;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.text.Messages;

/** The documents the report module prints. */
public enum ReportKind {
    VILLAGE_MONTHLY, TOWNSHIP_MONTHLY, PAYMENT_ROLL, BIRTH_RECEIPT, DATA_QUALITY;

    public String label() {
        return Messages.get("report.kind." + name());
    }

    /** Whether the document lists persons by name (a payment roll, a birth registration receipt, the data-quality list). */
    public boolean namesPersons() {
        return this == PAYMENT_ROLL || this == BIRTH_RECEIPT || this == DATA_QUALITY;
    }

    /**
     * The document's title for a period's text: a monthly report of a quarter is a 季报 (乡镇人口信息季报), of a year a
     * 年报; the kind's own name otherwise, and for a text that is not a period.
     */
    public String title(String periodText) {
        if (this != VILLAGE_MONTHLY && this != TOWNSHIP_MONTHLY) {
            return label();
        }
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (RuntimeException notAPeriod) {
            return label();
        }
        return Messages.get(this == VILLAGE_MONTHLY ? "report.village.title" : "report.township.title",
                PeriodWords.report(period));
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
