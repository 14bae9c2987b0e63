package org.villageregistry.report;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.service.ReceiptClaims;
import org.villageregistry.service.ReceiptSigner;

/** Builds a birth registration receipt, signing its summary when the workstation has a signer. */
final class BirthReceipts {
    private final Register register;
    private final Optional<ReceiptSigner> signer;

    BirthReceipts(Register register, Optional<ReceiptSigner> signer) {
        this.register = register;
        this.signer = signer;
    }

    BirthReceipt build(ReportHeader header, String registration, Instant now) {
        BirthRegistration r = register.transactions().read(() -> find(register, registration));
        ReceiptClaims claims = new ReceiptClaims(r.registrationNumber(), r.registeredOn(), r.registeredOrder(),
                name(r.wife()), masked(r.wife()), name(r.husband()), masked(r.husband()), r.expectedDelivery(),
                r.office(), header.divisionCode(), header.divisionName(), now);
        return new BirthReceipt(header, r, claims, signer.map(s -> s.sign(claims)));
    }

    /** By record id or by registration number (登记编号). */
    static BirthRegistration find(Register register, String registration) {
        try {
            return register.birthRegistrations().get(UUID.fromString(registration));
        } catch (IllegalArgumentException notAnId) {
            return org.villageregistry.service.registration.BirthRegistrationService.theOne(
                    register.birthRegistrations().matching(registration), registration);
        }
    }

    private static String name(Spouse s) {
        return s == null ? "" : s.name();
    }

    private static String masked(Spouse s) {
        return s == null || s.idNumber() == null || s.idNumber().isBlank() ? "" : IdNumber.mask(s.idNumber());
    }
}
