package org.villageregistry.sync.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Signer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Json;
import org.villageregistry.service.ReceiptCheck;
import org.villageregistry.service.ReceiptClaims;
import org.villageregistry.service.ReceiptSigner;
import org.villageregistry.sync.keys.WorkstationKeys;

/** The receipt's signed summary: short enough for a QR code that scans, and the receipts printed before still verify. */
class CompactReceiptTest {
    static final ReceiptClaims CLAIMS = new ReceiptClaims("410103100001-2026-0012", LocalDate.of(2026, 11, 5), 2,
            "李秀英", "410103********2226", "王建国", "410103********1111", LocalDate.of(2027, 3, 1), "柳树村",
            "410103100001", "柳树村", Instant.parse("2026-12-02T01:30:00.123456789Z"));

    final WorkstationKeys keys = WorkstationKeys.generate();
    final JwsReceiptVerifier verifier = new JwsReceiptVerifier(
            List.of(new ReceiptIssuer("410103100001", "柳树村", keys.publicSigningKey())));

    @BeforeEach
    void chinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void theSignedSummaryIsShortUsesSecondsAndDoesNotRepeatTheOfficeName() {
        String signed = new JwsReceiptSigner(keys.signingKey()).sign(CLAIMS);
        String payload = new String(Base64.getUrlDecoder().decode(signed.split("\\.")[1]), StandardCharsets.UTF_8);

        assertThat(signed.length()).as("the long form took 777 characters: " + signed).isLessThan(500);
        assertThat(payload).contains("\"t\":1796175000", "\"o\":2").doesNotContain("柳树村", "registrationNumber", ".123");
        ReceiptCheck check = verifier.verify(signed);
        assertThat(check.intact()).as(check.problem().orElse("")).isTrue();
        ReceiptClaims read = check.claims().orElseThrow();
        assertThat(read.office()).isEqualTo("柳树村");
        assertThat(read.divisionName()).isEqualTo("柳树村");
        assertThat(read.issuedAt()).isEqualTo(Instant.parse("2026-12-02T01:30:00Z"));
        assertThat(read.wifeIdMasked()).isEqualTo("410103********2226");
        assertThat(read.expectedDelivery()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void anOfficeOtherThanTheDivisionIsKept() {
        ReceiptClaims township = new ReceiptClaims(CLAIMS.registrationNumber(), CLAIMS.registeredOn(), 1, "李秀英",
                "", "", "", null, "城关镇计生办", "410103100001", "柳树村", CLAIMS.issuedAt());

        ReceiptClaims read = verifier.verify(new JwsReceiptSigner(keys.signingKey()).sign(township)).claims()
                .orElseThrow();

        assertThat(read.office()).isEqualTo("城关镇计生办");
        assertThat(read.husbandName()).isEmpty();
        assertThat(read.expectedDelivery()).isNull();
    }

    @Test
    void aReceiptPrintedBeforeInTheLongFormStillVerifies() throws Exception {
        JWSObject old = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID(keys.signingFingerprint().thumbprint()).type(new JOSEObjectType(ReceiptSigner.TYPE)).build(),
                new Payload(Json.mapper().writeValueAsString(CLAIMS)));
        old.sign(new Ed25519Signer(keys.signingKey()));

        ReceiptCheck check = verifier.verify(old.serialize());

        assertThat(check.intact()).as(check.problem().orElse("")).isTrue();
        assertThat(check.claims().orElseThrow()).isEqualTo(CLAIMS);
        assertThat(old.serialize().length()).as("the long form").isGreaterThan(700);
    }

    @Test
    void anyJoseLibraryVerifiesTheShortForm() throws Exception {
        String signed = new JwsReceiptSigner(keys.signingKey()).sign(CLAIMS);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(signed);
        jws.setKey(PublicJsonWebKey.Factory.newPublicJwk(keys.publicSigningKey().toJSONString()).getPublicKey());

        assertThat(jws.verifySignature()).isTrue();
        assertThat(jws.getPayload()).contains("\"n\":\"410103100001-2026-0012\"");
    }
}
