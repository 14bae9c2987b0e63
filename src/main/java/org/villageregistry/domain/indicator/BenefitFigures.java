package org.villageregistry.domain.indicator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;

/**
 * Benefits of one kind of programme in a period: persons enrolled at any time in it (an enrolment from on or before
 * its last day, ended on or after its first day, not voided) and the amount paid in it (payments by their paid-on
 * day, not voided).
 */
public record BenefitFigures(long persons, Money paid) {
    public static final BenefitFigures NONE = new BenefitFigures(0, Money.ZERO);

    public BenefitFigures plus(BenefitFigures other) {
        return new BenefitFigures(persons + other.persons, paid.plus(other.paid));
    }

    /** Every kind of programme in its order, none missing (a kind with nobody enrolled is 0 / ¥0.00). */
    public static Map<ProgrammeKind, BenefitFigures> byKind(Map<ProgrammeKind, BenefitFigures> counted) {
        Map<ProgrammeKind, BenefitFigures> all = new EnumMap<>(ProgrammeKind.class);
        for (ProgrammeKind kind : ProgrammeKind.values()) {
            all.put(kind, counted.getOrDefault(kind, NONE));
        }
        return Collections.unmodifiableMap(all);
    }
}
