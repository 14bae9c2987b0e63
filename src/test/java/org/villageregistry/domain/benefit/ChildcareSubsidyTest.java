package org.villageregistry.domain.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.testing.People;
import org.villageregistry.domain.text.Messages;

class ChildcareSubsidyTest {
    private static final LocalDate ON = LocalDate.of(2025, 9, 1);
    private final BenefitProgramme national = Programmes.of(ProgrammeKind.CHILDCARE_SUBSIDY,
            List.of(Programmes.yearly("2025-01-01", 3600)), Map.of("maxChildAgeYears", "3"));

    @Test
    void aChildBornInDecember2023IsPaidFor24MonthsFrom2025() {
        Person child = People.woman("李小花", LocalDate.of(2023, 12, 10)).build();
        var e = ChildcareSubsidy.entitlement(child, national);
        assertThat(e.months()).isEqualTo(24);
        assertThat(e.amount()).isEqualTo(Money.yuan(7200));
    }

    @Test
    void aChildBornAfterTheStartIsPaidFor36Months() {
        var e = ChildcareSubsidy.entitlement(People.man("李小虎", LocalDate.of(2025, 3, 15)).build(), national);
        assertThat(e.months()).isEqualTo(36);
        assertThat(e.amount()).isEqualTo(Money.yuan(10800));
    }

    @Test
    void theAmountFollowsTheConfiguredRatesNotAConstant() {
        BenefitProgramme raised = Programmes.of(ProgrammeKind.CHILDCARE_SUBSIDY,
                List.of(Programmes.yearly("2025-01-01", 3600), Programmes.yearly("2026-01-01", 4800)), Map.of());
        // Born 2025-03-15: paid 2025-04..2025-12 (9 × 300) and 2026-01..2028-03 (27 × 400).
        var e = ChildcareSubsidy.entitlement(People.man("李小虎", LocalDate.of(2025, 3, 15)).build(), raised);
        assertThat(e.months()).isEqualTo(36);
        assertThat(e.amount()).isEqualTo(Money.yuan(9 * 300 + 27 * 400));
    }

    @Test
    void aChildWhoseThreeYearsEndedBeforeTheProgrammeGetsNothing() {
        Person child = People.man("大毛", LocalDate.of(2021, 11, 1)).build();
        assertThat(ChildcareSubsidy.entitlement(child, national).months()).isZero();
        assertThat(ChildcareSubsidy.forChild(child, national, ON).reasonKey()).isEqualTo("rule.benefit.childcare.tooOld");
    }

    @Test
    void eligibilityShowsTheMonthsAndAmount() {
        var e = ChildcareSubsidy.forChild(People.woman("李小花", LocalDate.of(2023, 12, 10)).build(), national, ON);
        assertThat(e.eligible()).isTrue();
        assertThat(e.message(Messages.CHINESE)).contains("24 个月").contains("¥7,200.00");
    }

    @Test
    void aChildRegisteredElsewhereIsClaimedAtItsHukouPlace() {
        Person incoming = People.woman("外来娃", LocalDate.of(2024, 6, 1)).residence(ResidenceStatus.INCOMING).build();
        assertThat(ChildcareSubsidy.forChild(incoming, national, ON).eligible()).isFalse();
    }

    @Test
    void aParentIsEligibleThroughAChildUnder3() {
        Person mother = People.woman("刘芳", LocalDate.of(1995, 6, 15)).build();
        Person older = People.man("大毛", LocalDate.of(2020, 1, 1)).build();
        Person young = People.woman("二毛", LocalDate.of(2024, 1, 1)).build();
        var yes = BenefitEligibility.assess(national, mother, List.of(older, young), Optional.empty(), ON);
        assertThat(yes.eligible()).isTrue();
        assertThat(yes.message(Messages.CHINESE)).contains("二毛").doesNotContain("大毛");
        var no = BenefitEligibility.assess(national, mother, List.of(older), Optional.empty(), ON);
        assertThat(no.eligible()).isFalse();
    }
}
