package org.villageregistry.service;

import java.time.LocalDate;
import java.util.UUID;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MarriageKind;

/**
 * A marriage, divorce or remarriage as reported. One side may live outside the register: its id is null and
 * otherPartyName (and ID number when known) say who it is.
 */
public record MarriageReport(MarriageKind kind, UUID husbandId, UUID wifeId, String otherPartyName,
                             String otherPartyIdNumber, LocalDate date, String certificateNumber,
                             EventSource source) {
}
