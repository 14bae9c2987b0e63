package org.villageregistry.sync.bundle;

import java.time.Instant;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;

/**
 * The {@code vreg} object of a bundle's protected header: what the township needs to know before decrypting.
 * Signed with the bundle, so it can be trusted once the signature is verified.
 */
public record BundleMetadata(String format, UUID bundleId, DivisionCode originDivision, UUID originWorkstation,
                             DivisionCode audience, long sequence, ChangeRange changes, String chainHead,
                             Instant createdAt, int schemaVersion, BundleKind kind) {
    /** The format this program writes; readers accept any minor version of major 1. */
    public static final String FORMAT = "vreg-bundle/1";
}
