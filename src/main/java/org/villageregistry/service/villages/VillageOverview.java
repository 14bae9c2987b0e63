package org.villageregistry.service.villages;

import java.time.LocalDate;
import java.util.Optional;
import org.villageregistry.domain.division.Division;

/**
 * What the township register holds for one village: persons in the register, households (not closed) and the
 * latest day a person of the village entered or left the register (null when it holds nobody).
 */
public record VillageOverview(Division village, long persons, long households, LocalDate lastMovement) {
    public Optional<LocalDate> lastMovementDay() {
        return Optional.ofNullable(lastMovement);
    }
}
