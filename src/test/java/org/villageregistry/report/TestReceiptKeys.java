package org.villageregistry.report;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import org.villageregistry.service.Json;
import org.villageregistry.service.ReceiptCheck;
import org.villageregistry.service.ReceiptClaims;
import org.villageregistry.service.ReceiptSigner;
import org.villageregistry.service.ReceiptVerifier;

/**
 * A workstation Ed25519 key for tests, signing and checking receipts the way the sync module will (compact JWS,
 * EdDSA, kid = thumbprint), so the report's QR code path is proven end to end before sync is merged.
 */
final class TestReceiptKeys implements ReceiptSigner, ReceiptVerifier {
    private final OctetKeyPair key;
    private final String issuer;

    TestReceiptKeys(String issuer) throws Exception {
        this.key = new OctetKeyPairGenerator(Curve.Ed25519).keyIDFromThumbprint(true).generate();
        this.issuer = issuer;
    }

    @Override
    public String sign(ReceiptClaims claims) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID())
                    .type(new JOSEObjectType(TYPE)).build(), new Payload(Json.mapper().writeValueAsString(claims)));
            jws.sign(new Ed25519Signer(key));
            return jws.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ReceiptCheck verify(String compactJws) {
        try {
            JWSObject jws = JWSObject.parse(compactJws);
            if (!key.getKeyID().equals(jws.getHeader().getKeyID())) {
                return ReceiptCheck.broken("unknown key");
            }
            if (!jws.verify(new Ed25519Verifier(key.toPublicJWK()))) {
                return ReceiptCheck.broken("signature does not match: altered");
            }
            return ReceiptCheck.intact(issuer + " " + key.getKeyID(),
                    Json.mapper().readValue(jws.getPayload().toString(), ReceiptClaims.class));
        } catch (Exception e) {
            return ReceiptCheck.broken("not a receipt: " + e.getMessage());
        }
    }
}
