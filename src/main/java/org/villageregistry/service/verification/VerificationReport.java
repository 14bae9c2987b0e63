package org.villageregistry.service.verification;

import java.util.List;
import org.villageregistry.domain.indicator.VerificationRates;
import org.villageregistry.domain.verification.VerificationResults;
import org.villageregistry.domain.verification.VerificationSample;

/**
 * The figures of a verification: for each village (in the order drawn) and for the township, the rates with their
 * counts; and how far entering the results has come (persons with a result of those drawn, newborns checked).
 */
public record VerificationReport(VerificationSample sample, VerificationResults results, String townshipName,
                                 List<Village> villages, VerificationRates total, int personsChecked,
                                 int newbornsChecked) {
    public VerificationReport {
        villages = List.copyOf(villages);
    }

    /** One village's part: its code and name, households and persons drawn, and its rates. */
    public record Village(String code, String name, int households, int persons, VerificationRates rates) {
    }

    /** Every drawn person and every listed newborn has a result. */
    public boolean complete() {
        return personsChecked == sample.persons().size() && newbornsChecked == sample.newborns().size();
    }
}
