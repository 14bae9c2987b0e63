package org.villageregistry.domain.indicator;

import java.util.Locale;
import org.villageregistry.domain.text.Messages;

/**
 * A crude rate in ‰ (births, deaths or natural growth per thousand of average population), annualised × 12 / months
 * for periods shorter than a year, with the basis it was computed on so a report can print it beside the value.
 */
public record PerMille(double value, long events, double averagePopulation, int months) {
    public boolean annualised() {
        return months != 12;
    }

    public String basis() {
        return basis(Messages.locale());
    }

    public String basis(Locale locale) {
        return annualised()
                ? Messages.get(locale, "indicator.basis.annualised", events, averagePopulation, months)
                : Messages.get(locale, "indicator.basis.year", events, averagePopulation);
    }
}
