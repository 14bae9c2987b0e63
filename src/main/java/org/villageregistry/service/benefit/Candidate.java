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
}
