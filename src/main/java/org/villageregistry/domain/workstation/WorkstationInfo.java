package org.villageregistry.domain.workstation;

import java.time.Instant;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;

/** Identity of this workstation: made once at set-up, never changed. */
public record WorkstationInfo(UUID workstationId, WorkstationRole role, DivisionCode division, String divisionName,
                              Instant createdAt) {
}
