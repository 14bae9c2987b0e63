package org.villageregistry.domain.health;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/** A current or past pregnancy (现孕). outcome and outcomeDate are null while it is current. Sensitive data. */
public record Pregnancy(
        UUID id,
        long version,
        String owner,
        UUID womanId,
        LocalDate lastMenstrualPeriod,
        LocalDate expectedDelivery,
        PregnancyOutcome outcome,
        LocalDate outcomeDate,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.PREGNANCY;
    }

    @Override
    public Pregnancy withVersion(long v) {
        return new Pregnancy(id, v, owner, womanId, lastMenstrualPeriod, expectedDelivery, outcome, outcomeDate,
                voidReason);
    }

    @Override
    public Pregnancy withVoidReason(String reason) {
        return new Pregnancy(id, version, owner, womanId, lastMenstrualPeriod, expectedDelivery, outcome, outcomeDate,
                reason);
    }

    public boolean isCurrent() {
        return outcome == null && voidReason == null;
    }
}
