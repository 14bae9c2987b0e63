package org.villageregistry.domain.benefit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/**
 * A benefit programme as configured for a province and year: the rule that decides eligibility (kind),
 * its rates over time, and rule parameters (e.g. "maxChildAgeYears" = "3", "minAge" = "60").
 */
public record BenefitProgramme(
        UUID id,
        long version,
        String owner,
        String code,
        String name,
        ProgrammeKind kind,
        List<Rate> rates,
        Map<String, String> parameters,
        String voidReason) implements RegisterRecord {

    public BenefitProgramme {
        rates = List.copyOf(rates);
        parameters = Map.copyOf(parameters);
    }

    @Override
    public EntityType entityType() {
        return EntityType.PROGRAMME;
    }

    @Override
    public BenefitProgramme withVersion(long v) {
        return new BenefitProgramme(id, v, owner, code, name, kind, rates, parameters, voidReason);
    }

    @Override
    public BenefitProgramme withVoidReason(String reason) {
        return new BenefitProgramme(id, version, owner, code, name, kind, rates, parameters, reason);
    }
}
