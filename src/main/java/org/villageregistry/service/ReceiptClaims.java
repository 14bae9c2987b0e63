package org.villageregistry.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The registration summary carried, signed, in the QR code of a birth registration receipt (生育登记回执).
 * ID numbers are masked: the code proves the paper, it does not hand out personal data.
 */
public record ReceiptClaims(
        String registrationNumber,
        LocalDate registeredOn,
        int registeredOrder,
        String wifeName,
        String wifeIdMasked,
        String husbandName,
        String husbandIdMasked,
        LocalDate expectedDelivery,
        String office,
        String division,
        String divisionName,
        Instant issuedAt) {
}
