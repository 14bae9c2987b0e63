package org.villageregistry.sync.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.OctetKeyPair;
import org.villageregistry.service.Json;
import org.villageregistry.service.ReceiptClaims;
import org.villageregistry.service.ReceiptSigner;
import org.villageregistry.sync.keys.Fingerprint;

/**
 * Signs a receipt summary as a compact JWS: alg EdDSA, kid = the key's thumbprint, typ {@value CompactReceipt#TYPE},
 * the payload the short form of {@link CompactReceipt} (small enough for a QR code that a 150 dpi scan reads).
 */
final class JwsReceiptSigner implements ReceiptSigner {
    private final Ed25519Signer signer;
    private final String kid;

    JwsReceiptSigner(OctetKeyPair privateKey) {
        this.kid = Fingerprint.of(privateKey.toPublicJWK()).thumbprint();
        try {
            this.signer = new Ed25519Signer(privateKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("the workstation's signing key is not an Ed25519 private key", e);
        }
    }

    @Override
    public String sign(ReceiptClaims claims) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(kid)
                    .type(new JOSEObjectType(CompactReceipt.TYPE)).build(),
                    new Payload(Json.mapper().writeValueAsString(CompactReceipt.of(claims))));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException | JsonProcessingException e) {
            throw new IllegalStateException("cannot sign the receipt of " + claims.registrationNumber(), e);
        }
    }
}
