package org.villageregistry.sync.bundle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;

/**
 * The {@code vreg} object of a bundle's protected header: what the township needs to know before decrypting.
 * Signed with the bundle, so it can be trusted once the signature is verified. {@code signoffs} names the months
 * whose figures the bundle submits for sign-off (empty, and absent from the header, in most bundles).
 */
public record BundleMetadata(String format, UUID bundleId, DivisionCode originDivision, UUID originWorkstation,
                             DivisionCode audience, long sequence, ChangeRange changes, String chainHead,
                             Instant createdAt, int schemaVersion, BundleKind kind, List<String> signoffs) {
    /** The format this program writes; readers accept any minor version of major 1. */
    public static final String FORMAT = "vreg-bundle/1";

    public BundleMetadata {
        signoffs = List.copyOf(signoffs);
    }

    /** A bundle without submitted months (every bundle written before sign-off existed). */
    public BundleMetadata(String format, UUID bundleId, DivisionCode originDivision, UUID originWorkstation,
                          DivisionCode audience, long sequence, ChangeRange changes, String chainHead,
                          Instant createdAt, int schemaVersion, BundleKind kind) {
        this(format, bundleId, originDivision, originWorkstation, audience, sequence, changes, chainHead, createdAt,
                schemaVersion, kind, List.of());
    }
}
