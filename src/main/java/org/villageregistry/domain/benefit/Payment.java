package org.villageregistry.domain.benefit;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;

/** One payment to an enrolment for a period ("2026" or "2026-11"), in a batch (发放批次). */
public record Payment(
        UUID id,
        long version,
        String owner,
        UUID enrolmentId,
        String period,
        Money amount,
        LocalDate paidOn,
        PaymentMethod method,
        String batch,
        String voidReason) implements RegisterRecord {

    @Override
    public EntityType entityType() {
        return EntityType.PAYMENT;
    }

    @Override
    public Payment withVersion(long v) {
        return new Payment(id, v, owner, enrolmentId, period, amount, paidOn, method, batch, voidReason);
    }

    @Override
    public Payment withVoidReason(String reason) {
        return new Payment(id, version, owner, enrolmentId, period, amount, paidOn, method, batch, reason);
    }
}
