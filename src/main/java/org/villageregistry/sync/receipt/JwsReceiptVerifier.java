package org.villageregistry.sync.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.service.ReceiptCheck;
import org.villageregistry.service.ReceiptClaims;
import org.villageregistry.service.ReceiptSigner;
import org.villageregistry.service.ReceiptVerifier;

/**
 * Checks a receipt's compact JWS offline: the key named by its kid must be one this workstation trusts, the
 * Ed25519 signature must hold over header and payload, and the division named inside must be the key's own.
 * Both payload forms are read: the short {@link CompactReceipt} and the first, long one (typ
 * {@value ReceiptSigner#TYPE}) of receipts printed before 2026-12.
 */
final class JwsReceiptVerifier implements ReceiptVerifier {
    private final List<ReceiptIssuer> trusted;

    JwsReceiptVerifier(List<ReceiptIssuer> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    @Override
    public ReceiptCheck verify(String compactJws) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compactJws.strip());
        } catch (ParseException e) {
            return ReceiptCheck.broken(Messages.get("sync.receipt.notReceipt"));
        }
        String type = jws.getHeader().getType() == null ? "" : jws.getHeader().getType().getType();
        boolean compact = CompactReceipt.TYPE.equals(type);
        if (!JWSAlgorithm.EdDSA.equals(jws.getHeader().getAlgorithm())
                || !(compact || ReceiptSigner.TYPE.equals(type))) {
            return ReceiptCheck.broken(Messages.get("sync.receipt.notReceipt"));
        }
        String kid = String.valueOf(jws.getHeader().getKeyID());
        Optional<ReceiptIssuer> issuer = trusted.stream()
                .filter(i -> i.fingerprint().thumbprint().equals(kid)).findFirst();
        if (issuer.isEmpty()) {
            return ReceiptCheck.broken(Messages.get("sync.receipt.unknownKey", kid));
        }
        ReceiptIssuer by = issuer.get();
        try {
            if (!jws.verify(new Ed25519Verifier(by.publicKey()))) {
                return ReceiptCheck.broken(Messages.get("sync.receipt.altered", by.divisionName(), by.division()));
            }
        } catch (JOSEException e) {
            return ReceiptCheck.broken(Messages.get("sync.receipt.altered", by.divisionName(), by.division()));
        }
        ReceiptClaims claims;
        try {
            String payload = jws.getPayload().toString();
            claims = compact ? Json.mapper().readValue(payload, CompactReceipt.class).claims(by.divisionName())
                    : Json.mapper().readValue(payload, ReceiptClaims.class);
        } catch (Exception e) {
            return ReceiptCheck.broken(Messages.get("sync.receipt.notReceipt"));
        }
        if (!by.division().equals(claims.division())) {
            return ReceiptCheck.broken(Messages.get("sync.receipt.otherDivision", by.divisionName(), by.division(),
                    String.valueOf(claims.division())));
        }
        return ReceiptCheck.intact(Messages.get("sync.receipt.issuer", by.divisionName(), by.division(),
                by.fingerprint().display()), claims);
    }
}
