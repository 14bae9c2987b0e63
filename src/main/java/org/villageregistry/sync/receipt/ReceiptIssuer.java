package org.villageregistry.sync.receipt;

import com.nimbusds.jose.jwk.OctetKeyPair;
import org.villageregistry.sync.keys.Fingerprint;

/** A workstation whose receipts this one accepts: the division it speaks for and its public Ed25519 key. */
record ReceiptIssuer(String division, String divisionName, OctetKeyPair publicKey) {
    ReceiptIssuer {
        publicKey = publicKey.toPublicJWK();
    }

    Fingerprint fingerprint() {
        return Fingerprint.of(publicKey);
    }
}
