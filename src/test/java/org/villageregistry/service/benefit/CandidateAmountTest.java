package org.villageregistry.service.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.ProgrammeKind;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.text.Messages;

/** The amount column of the candidates: the childcare entitlement, else the programme's rate on the day. */
class CandidateAmountTest {
    private static BenefitProgramme programme(ProgrammeKind kind, Rate rate) {
        return new BenefitProgramme(UUID.randomUUID(), 0, "410103100001", "X", "项目", kind, List.of(rate), Map.of(),
                null);
    }

    @Test
    void aRewardShowsItsYearlyRateASupportItsMonthlyOneAndTheSubsidyItsEntitlement() {
        Messages.setLocale(Messages.CHINESE);
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertThat(new Candidate(programme(ProgrammeKind.RURAL_REWARD, new Rate(LocalDate.of(2012, 1, 1),
                Money.yuan(960), Rate.RatePeriod.YEAR)), null, null, "", null).amountText(day)).isEqualTo("¥960.00/年");
        assertThat(new Candidate(programme(ProgrammeKind.RURAL_REWARD, new Rate(LocalDate.of(2022, 7, 1),
                Money.yuan(590), Rate.RatePeriod.MONTH)), null, null, "", null).amountText(day)).isEqualTo("¥590.00/月");
        assertThat(new Candidate(programme(ProgrammeKind.RURAL_REWARD, new Rate(LocalDate.of(2027, 1, 1),
                Money.yuan(960), Rate.RatePeriod.YEAR)), null, null, "", null).amountText(day)).as("not yet in force")
                .isEmpty();
        assertThat(new Candidate(programme(ProgrammeKind.CHILDCARE_SUBSIDY, new Rate(LocalDate.of(2025, 1, 1),
                Money.yuan(3600), Rate.RatePeriod.YEAR)), null, null, "", Money.yuan(10_800)).amountText(day))
                .isEqualTo("¥10,800.00");
    }
}
