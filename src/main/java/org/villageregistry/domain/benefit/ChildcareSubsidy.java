package org.villageregistry.domain.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;

/**
 * 育儿补贴: paid per child under 3 at the child's hukou place. A child is paid for the 36 calendar months after its
 * birth month, each month at the programme rate in force on its first day, so months before the programme started
 * (2025-01 nationally) are not paid: born 2023-12 → 2025-01…2026-12 → 24 months; born 2025-03 → 36 months.
 */
public final class ChildcareSubsidy {
    public static final String MAX_CHILD_AGE = "maxChildAgeYears";

    private ChildcareSubsidy() {
    }

    /** The months and amount a child is entitled to over its whole time in the programme. */
    public record Entitlement(int months, Money amount) {
    }

    public static Entitlement entitlement(Person child, BenefitProgramme programme) {
        int maxMonths = ProgrammeTerms.intParameter(programme, MAX_CHILD_AGE, 3) * 12;
        YearMonth birthMonth = YearMonth.from(child.birthDate());
        int months = 0;
        long twelfthsOfFen = 0;
        for (int i = 1; i <= maxMonths; i++) {
            Optional<Rate> rate = ProgrammeTerms.rateOn(programme, birthMonth.plusMonths(i).atDay(1));
            if (rate.isPresent()) {
                months++;
                Rate r = rate.get();
                twelfthsOfFen += r.per() == Rate.RatePeriod.YEAR ? r.amount().fen() : r.amount().fen() * 12;
            }
        }
        return new Entitlement(months, new Money(Math.round(twelfthsOfFen / 12.0)));
    }

    /** Whether a child is eligible on a day, with the reason. */
    /** The age (whole years) from which a child is no longer eligible under the programme. */
    public static int maxChildAge(BenefitProgramme programme) {
        return ProgrammeTerms.intParameter(programme, MAX_CHILD_AGE, 3);
    }

    public static Eligibility forChild(Person child, BenefitProgramme programme, LocalDate on) {
        int maxAge = maxChildAge(programme);
        if (!child.isActive() || child.birthDate() == null || child.birthDate().isAfter(on)) {
            return Eligibility.no("rule.benefit.notInRegister", child.name());
        }
        if (child.residence() == ResidenceStatus.INCOMING) {
            return Eligibility.no("rule.benefit.childcare.hukouElsewhere", child.name());
        }
        if (child.ageOn(on) >= maxAge) {
            return Eligibility.no("rule.benefit.childcare.tooOld", child.name(), maxAge, child.birthDate().toString());
        }
        Entitlement e = entitlement(child, programme);
        if (e.months() == 0) {
            return Eligibility.no("rule.benefit.childcare.noMonths", child.name(), child.birthDate().toString());
        }
        return Eligibility.yes("rule.benefit.childcare.child", child.name(), child.birthDate().toString(), maxAge,
                e.months(), e.amount().format());
    }
}
