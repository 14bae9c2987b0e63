package org.villageregistry.report;

import java.util.Optional;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.service.ReceiptClaims;

/**
 * 生育登记回执 for the family: the registration as recorded, and the signed summary for its QR code (a compact
 * JWS), absent when this workstation has no signing key yet.
 */
public record BirthReceipt(ReportHeader header, BirthRegistration registration, ReceiptClaims claims,
                           Optional<String> signedSummary) {
}
