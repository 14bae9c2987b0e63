package org.villageregistry.service;

/**
 * Signs a receipt summary with the workstation's Ed25519 key as a compact JWS (RFC 7515, alg EdDSA, kid = the
 * key's RFC 7638 thumbprint) over a short JSON form of {@link ReceiptClaims}. {@value #TYPE} is the typ of the
 * first, long form, which receipts printed before 2026-12 carry and verifiers still accept.
 * Implemented by the sync module, which holds the keys.
 */
public interface ReceiptSigner {
    String TYPE = "vreg-birth-receipt+jws";

    String sign(ReceiptClaims claims);
}
