package org.villageregistry.sync.bundle;

import java.time.Instant;
import java.util.List;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.sync.enrol.EnrolledOrigin;

/**
 * What the export service asks the writer to put in a bundle: the changes (in changeId order) with the
 * header fields, and the enrolled workstations (the township, and the county when enrolled) it is for.
 */
public record BundleOrder(WorkstationInfo origin, DivisionCode audience, long sequence, BundleKind kind,
                          int schemaVersion, List<Change> changes, String chainHead, Instant createdAt,
                          List<EnrolledOrigin> recipients) {
    public BundleOrder {
        changes = List.copyOf(changes);
        recipients = List.copyOf(recipients);
    }
}
