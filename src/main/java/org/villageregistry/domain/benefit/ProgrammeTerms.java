package org.villageregistry.domain.benefit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.villageregistry.domain.text.RegistryException;

/** Reads a programme's configured terms: the rate in force on a day and its rule parameters. */
public final class ProgrammeTerms {
    private ProgrammeTerms() {
    }

    /** The rate in force on a day: the latest one whose from-date is on or before it. */
    public static Optional<Rate> rateOn(BenefitProgramme programme, LocalDate day) {
        return programme.rates().stream()
                .filter(r -> !r.from().isAfter(day))
                .max(Comparator.comparing(Rate::from));
    }

    /** The first day any rate applies, i.e. when the programme starts paying. */
    public static Optional<LocalDate> start(BenefitProgramme programme) {
        return programme.rates().stream().map(Rate::from).min(Comparator.naturalOrder());
    }

    public static Optional<Integer> intParameter(BenefitProgramme programme, String name) {
        String value = programme.parameters().get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new RegistryException(e, "rule.benefit.parameter", programme.name(), name, value);
        }
    }

    public static int intParameter(BenefitProgramme programme, String name, int fallback) {
        return intParameter(programme, name).orElse(fallback);
    }

    public static LocalDate dateParameter(BenefitProgramme programme, String name, LocalDate fallback) {
        String value = programme.parameters().get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new RegistryException(e, "rule.benefit.parameter", programme.name(), name, value);
        }
    }
}
