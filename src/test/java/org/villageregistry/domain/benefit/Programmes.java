package org.villageregistry.domain.benefit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Programmes configured as a province would: national rates and parameters. */
final class Programmes {
    private Programmes() {
    }

    static BenefitProgramme of(ProgrammeKind kind, List<Rate> rates, Map<String, String> parameters) {
        return new BenefitProgramme(UUID.randomUUID(), 0, "410103", "P" + kind.code(), kind.zh(), kind, rates,
                parameters, null);
    }

    static Rate yearly(String from, long yuan) {
        return new Rate(LocalDate.parse(from), Money.yuan(yuan), Rate.RatePeriod.YEAR);
    }

    static Rate monthly(String from, long yuan) {
        return new Rate(LocalDate.parse(from), Money.yuan(yuan), Rate.RatePeriod.MONTH);
    }
}
