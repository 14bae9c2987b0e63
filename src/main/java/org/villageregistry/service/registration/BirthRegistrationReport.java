package org.villageregistry.service.registration;

import java.time.LocalDate;
import org.villageregistry.domain.registration.Spouse;

/**
 * A 生育登记 as filled in: both spouses (personId set when picked from the register), the day of registration,
 * the expected delivery (预产期) when registered before the birth, and the office that registers it.
 */
public record BirthRegistrationReport(Spouse wife, Spouse husband, LocalDate registeredOn, LocalDate expectedDelivery,
                                      String office) {
}
