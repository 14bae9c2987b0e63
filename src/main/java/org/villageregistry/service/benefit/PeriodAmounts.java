package org.villageregistry.service.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.ChildcareSubsidy;
import org.villageregistry.domain.benefit.Enrolment;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.ProgrammeTerms;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.RegistryException;

/**
 * What an enrolment is owed for a period ("2026" = the twelve months, "2026-11" = one month): each month the
 * enrolment is open pays the programme's rate in force on the month's first day (a yearly rate pays a twelfth).
 * A childcare subsidy pays only the 36 months after the child's birth month, as {@link ChildcareSubsidy} counts.
 */
final class PeriodAmounts {
    private PeriodAmounts() {
    }

    static List<YearMonth> months(String period) {
        String p = period == null ? "" : period.strip();
        try {
            if (p.matches("\\d{4}")) {
                List<YearMonth> months = new ArrayList<>();
                for (int m = 1; m <= 12; m++) {
                    months.add(YearMonth.of(Integer.parseInt(p), m));
                }
                return months;
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                return List.of(YearMonth.parse(p));
            }
        } catch (DateTimeParseException e) {
            throw new RegistryException(e, "benefit.error.period", p);
        }
        throw new RegistryException("benefit.error.period", p);
    }

    /**
     * {@code beneficiary} is whom the benefit is for (the child of a childcare subsidy, else the enrolled person):
     * nothing is owed for the months after the one they died or moved out in, nor for a person voided.
     */
    static Money owed(BenefitProgramme programme, Enrolment enrolment, Optional<Person> child,
                      Optional<Person> beneficiary, String period) {
        if (beneficiary.map(Person::isVoided).orElse(false)) {
            return new Money(0);
        }
        LocalDate left = beneficiary.map(Person::leftOn).orElse(null);
        long twelfths = 0;
        for (YearMonth month : months(period)) {
            if (!covers(enrolment, month) || !childPaidFor(programme, child, month)
                    || left != null && month.isAfter(YearMonth.from(left))) {
                continue;
            }
            Optional<Rate> rate = ProgrammeTerms.rateOn(programme, month.atDay(1));
            if (rate.isPresent()) {
                Rate r = rate.get();
                twelfths += r.per() == Rate.RatePeriod.YEAR ? r.amount().fen() : r.amount().fen() * 12;
            }
        }
        return new Money(Math.round(twelfths / 12.0));
    }

    private static boolean covers(Enrolment e, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return e.from() != null && !e.from().isAfter(last) && (e.to() == null || !e.to().isBefore(first));
    }

    private static boolean childPaidFor(BenefitProgramme programme, Optional<Person> child, YearMonth month) {
        if (programme.kind() != ProgrammeKind.CHILDCARE_SUBSIDY) {
            return true;
        }
        if (child.isEmpty() || child.get().birthDate() == null) {
            return false;
        }
        int maxMonths = ProgrammeTerms.intParameter(programme, ChildcareSubsidy.MAX_CHILD_AGE, 3) * 12;
        YearMonth born = YearMonth.from(child.get().birthDate());
        return month.isAfter(born) && !month.isAfter(born.plusMonths(maxMonths));
    }
}
