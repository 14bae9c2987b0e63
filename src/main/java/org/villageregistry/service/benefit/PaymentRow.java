package org.villageregistry.service.benefit;

import org.villageregistry.domain.benefit.Payment;

/** A payment of a batch with the name of the person paid and the child it is for (or empty). */
public record PaymentRow(Payment payment, String householdNumber, String personName, String childName) {
}
