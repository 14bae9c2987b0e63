package org.villageregistry.domain.person;

import java.time.LocalDate;

/** Whether a person counts in the register on a given day, from the dates they entered and left it. */
public final class RegisterPresence {
    private RegisterPresence() {
    }

    /**
     * In the register on {@code day}: not voided, entered on or before the day, not left on or before it.
     * A person marked dead or moved out without a leaving date is taken as gone, since when is unknown.
     */
    public static boolean isInRegisterOn(Person p, LocalDate day) {
        if (p.voidReason() != null) {
            return false;
        }
        if (p.enteredOn() != null && p.enteredOn().isAfter(day)) {
            return false;
        }
        if (p.birthDate() != null && p.birthDate().isAfter(day)) {
            return false;
        }
        if (p.leftOn() != null) {
            return p.leftOn().isAfter(day);
        }
        return p.residence() != ResidenceStatus.DEAD && p.residence() != ResidenceStatus.MOVED_OUT;
    }
}
