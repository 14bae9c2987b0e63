package org.villageregistry.service;

/**
 * Signs a receipt summary with the workstation's Ed25519 key as a compact JWS (RFC 7515, alg EdDSA, kid = the
 * key's RFC 7638 thumbprint, typ {@value #TYPE}); the payload is the JSON of {@link ReceiptClaims}.
 * Implemented by the sync module, which holds the keys.
 */
public interface ReceiptSigner {
    String TYPE = "vreg-birth-receipt+jws";

    String sign(ReceiptClaims claims);
}
