package org.villageregistry.sync.bundle;

import java.time.Instant;
import java.util.List;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.sync.enrol.EnrolledOrigin;

/**
 * What the export service asks the writer to put in a bundle: the changes (in changeId order) with the
 * header fields, the enrolled workstations (the township, and the county when enrolled) it is for, and the
 * months submitted for sign-off (each a JSON object with its {@code period}; usually none).
 */
public record BundleOrder(WorkstationInfo origin, DivisionCode audience, long sequence, BundleKind kind,
                          int schemaVersion, List<Change> changes, String chainHead, Instant createdAt,
                          List<EnrolledOrigin> recipients, List<com.fasterxml.jackson.databind.JsonNode> signoffs) {
    public BundleOrder {
        changes = List.copyOf(changes);
        recipients = List.copyOf(recipients);
        signoffs = List.copyOf(signoffs);
    }

    /** A bundle of changes only. */
    public BundleOrder(WorkstationInfo origin, DivisionCode audience, long sequence, BundleKind kind,
                       int schemaVersion, List<Change> changes, String chainHead, Instant createdAt,
                       List<EnrolledOrigin> recipients) {
        this(origin, audience, sequence, kind, schemaVersion, changes, chainHead, createdAt, recipients, List.of());
    }
}
