package org.villageregistry.service.registration;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.registration.Spouse;

/**
 * A 生育登记 as filled in: both spouses (personId set when picked from the register), the day of registration,
 * the expected delivery (预产期) when registered before the birth, the office that registers it, and
 * {@code bornChild}: the couple's child already born that is registered now (补登), null for a coming child.
 */
public record BirthRegistrationReport(Spouse wife, Spouse husband, LocalDate registeredOn, LocalDate expectedDelivery,
                                      String office, UUID bornChild) {
    /** A registration of a child not yet born. */
    public BirthRegistrationReport(Spouse wife, Spouse husband, LocalDate registeredOn, LocalDate expectedDelivery,
                                   String office) {
        this(wife, husband, registeredOn, expectedDelivery, office, null);
    }
}
