package org.villageregistry.service.benefit;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.benefit.Money;
import org.villageregistry.domain.benefit.PaymentMethod;

/** A payment batch (发放批次) of a programme for a period: how many payments, their total, and how many are paid. */
public record BatchSummary(UUID programmeId, String batch, String period, int payments, Money total, int paid,
                           LocalDate paidOn, PaymentMethod method) {
    public boolean isPaid() {
        return payments > 0 && paid == payments;
    }
}
