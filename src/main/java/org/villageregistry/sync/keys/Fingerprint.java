package org.villageregistry.sync.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;

/**
 * The name of a key: its RFC 7638 JWK thumbprint (SHA-256, base64url). People compare it by phone or on the
 * printed enrolment sheet as {@link #display()}: uppercase Crockford base32 in groups of four.
 */
public record Fingerprint(String thumbprint) {
    public Fingerprint {
        if (thumbprint == null || !thumbprint.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("not a SHA-256 base64url thumbprint: " + thumbprint);
        }
    }

    public static Fingerprint of(JWK key) {
        try {
            return new Fingerprint(key.computeThumbprint("SHA-256").toString());
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** E.g. {@code 7K3M 0QX2 TBV9 …}: the same SHA-256 in Crockford base32, 13 groups of four. */
    public String display() {
        return org.villageregistry.service.sync.SyncCrypto.inGroupsOfFour(thumbprint);
    }

    @Override
    public String toString() {
        return thumbprint;
    }
}
