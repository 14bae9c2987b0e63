package org.villageregistry.service.benefit;

import java.util.Optional;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.person.Person;

/**
 * Someone the register's facts make eligible for a programme who is not enrolled: the applicant, the child the
 * benefit is for (育儿补贴, else null), the computed reason and, for the childcare subsidy, the entitled amount.
 * It is a suggestion: the registrar enrols only after checking the evidence.
 */
public record Candidate(BenefitProgramme programme, Person applicant, Person child, String reason, Money entitled) {

    public Optional<Person> forChild() {
        return Optional.ofNullable(child);
    }

    public Optional<Money> entitledAmount() {
        return Optional.ofNullable(entitled);
    }

    /**
     * What the benefit comes to, for the table: the childcare subsidy's whole entitlement, else the programme's
     * rate on the day (¥960.00/年, ¥590.00/月); "" when the programme has none then.
     */
    public String amountText(java.time.LocalDate day) {
        if (entitled != null) {
            return entitled.toString();
        }
        return org.villageregistry.domain.benefit.ProgrammeTerms.rateOn(programme, day)
                .map(r -> org.villageregistry.domain.text.Messages.get(r.per()
                        == org.villageregistry.domain.benefit.Rate.RatePeriod.YEAR ? "benefits.rate.perYear"
                        : "benefits.rate.perMonth", r.amount().toString()))
                .orElse("");
    }
}
