package org.villageregistry.sync.bundle;

import java.nio.file.Path;
import org.villageregistry.sync.FlattenedJws;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.keys.Fingerprint;

/**
 * A bundle whose signature was verified against an enrolled origin: its metadata can be trusted. What
 * {@code vreg verify} prints; the content is still encrypted.
 */
public final class VerifiedBundle {
    private final Path file;
    private final long fileBytes;
    private final BundleMetadata metadata;
    private final EnrolledOrigin signer;
    private final FlattenedJws.Parsed jws;

    VerifiedBundle(Path file, long fileBytes, BundleMetadata metadata, EnrolledOrigin signer,
                   FlattenedJws.Parsed jws) {
        this.file = file;
        this.fileBytes = fileBytes;
        this.metadata = metadata;
        this.signer = signer;
        this.jws = jws;
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    public long fileBytes() {
        return fileBytes;
    }

    public BundleMetadata metadata() {
        return metadata;
    }

    /** The enrolled workstation that signed it (its division name is what people call the origin). */
    public EnrolledOrigin signer() {
        return signer;
    }

    public Fingerprint signerFingerprint() {
        return signer.signingFingerprint();
    }

    FlattenedJws.Parsed jws() {
        return jws;
    }
}
