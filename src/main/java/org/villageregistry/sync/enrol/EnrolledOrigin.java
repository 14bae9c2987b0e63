package org.villageregistry.sync.enrol;

import com.nimbusds.jose.jwk.OctetKeyPair;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.sync.keys.Fingerprint;

/**
 * A workstation whose enrolment file was accepted: the division it speaks for and its public keys.
 * {@code previousKey} is set when this enrolment replaced an earlier key and was signed by it.
 */
public record EnrolledOrigin(DivisionCode division, String divisionName, UUID workstationId,
                             OctetKeyPair signingKey, OctetKeyPair encryptionKey, Instant createdAt,
                             Optional<Fingerprint> previousKey) {
    public EnrolledOrigin {
        signingKey = signingKey.toPublicJWK();
        encryptionKey = encryptionKey.toPublicJWK();
    }

    public Fingerprint signingFingerprint() {
        return Fingerprint.of(signingKey);
    }

    public Fingerprint encryptionFingerprint() {
        return Fingerprint.of(encryptionKey);
    }
}
