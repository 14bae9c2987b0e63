package org.villageregistry.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmFactoryFactory;
import org.jose4j.jwa.CryptoPrimitive;
import org.jose4j.jwe.ContentEncryptionAlgorithm;
import org.jose4j.jwe.ContentEncryptionParts;
import org.jose4j.jwe.KeyManagementAlgorithm;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.sync.SampleTownship;
import org.villageregistry.sync.SampleTownship.Station;

/**
 * A bundle written with Nimbus must be readable by any conforming JOSE implementation: here jose4j verifies
 * the JWS and decrypts the JWE with nothing of ours but the keys. jose4j speaks only the compact forms, so the
 * test maps the JSON members onto them (RFC 7515 §7.2, RFC 7516 §7.2) and lets jose4j do all the cryptography.
 */
class SecondImplementationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    final SampleTownship t = new SampleTownship();
    @TempDir
    Path stick;

    @Test
    void jose4jVerifiesAndDecryptsABundleForOneRecipient() throws Exception {
        checkWithJose4j(t.township);
    }

    @Test
    void jose4jVerifiesAndDecryptsABundleForTheTownshipAndTheCounty() throws Exception {
        checkWithJose4j(t.township, t.county);
    }

    private void checkWithJose4j(Station... recipients) throws Exception {
        List<Change> changes = SampleTownship.changes(t.willow, 1, 25, null);
        WrittenBundle written = new BundleWriter(t.willow.keys, BundleRoundTripTest.BEIJING)
                .write(stick, BundleRoundTripTest.order(t, t.willow, 5, changes, recipients));
        JsonNode file = MAPPER.readTree(Files.readAllBytes(written.file()));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(file.get("protected").asText() + "." + file.get("payload").asText() + "."
                + file.get("signature").asText());
        jws.setKey(PublicJsonWebKey.Factory.newPublicJwk(t.willow.keys.publicSigningKey().toJSONString()).getPublicKey());
        assertThat(jws.verifySignature()).isTrue();
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("EdDSA");
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo(t.willow.keys.signingFingerprint().thumbprint());
        assertThat(jws.getHeader("typ")).isEqualTo("vreg-bundle+jws");
        @SuppressWarnings("unchecked")
        Map<String, Object> vreg = (Map<String, Object>) jws.getHeaders().getObjectHeaderValue("vreg");
        assertThat(vreg).containsEntry("format", "vreg-bundle/1").containsEntry("audience", "410103100")
                .containsEntry("sequence", 5L).containsEntry("kind", "changes")
                .containsEntry("chainHead", changes.get(24).hash());

        JsonNode jwe = MAPPER.readTree(jws.getPayloadBytes());
        assertThat(jwe.get("recipients")).hasSize(recipients.length);
        for (Station recipient : recipients) {
            byte[] plaintext = decryptWithJose4j(jwe, recipient);
            JsonNode content = MAPPER.readTree(plaintext);
            assertThat(content.get("changes")).hasSize(25);
            JsonNode first = content.get("changes").get(0);
            assertThat(first.get("state").isObject()).as("state travels as JSON, not as a string").isTrue();
            assertThat(first.get("state").get("name").asText()).isEqualTo("王秀英1");
            assertThat(first.get("hash").asText()).isEqualTo(changes.get(0).hash());
            assertThat(first.get("prev").isNull()).isTrue();
        }
    }

    private static byte[] decryptWithJose4j(JsonNode jwe, Station recipient) throws Exception {
        String protectedPart = jwe.get("protected").asText();
        ObjectNode joined = (ObjectNode) MAPPER.readTree(Base64.getUrlDecoder().decode(protectedPart));
        String kid = recipient.keys.encryptionFingerprint().thumbprint();
        JsonNode mine = null;
        for (JsonNode r : jwe.get("recipients")) {
            String recipientKid = r.path("header").path("kid").asText(joined.path("kid").asText());
            if (recipientKid.equals(kid)) {
                mine = r;
            }
        }
        assertThat(mine).as("a recipient entry for " + recipient.info.divisionName()).isNotNull();
        if (mine.has("header")) {
            joined.setAll((ObjectNode) mine.get("header"));
        }
        Headers headers = new Headers();
        headers.setFullHeaderAsJsonString(joined.toString());
        AlgorithmFactoryFactory algorithms = AlgorithmFactoryFactory.getInstance();
        KeyManagementAlgorithm keyManagement = algorithms.getJweKeyManagementAlgorithmFactory()
                .getAlgorithm(headers.getStringHeaderValue("alg"));
        ContentEncryptionAlgorithm content = algorithms.getJweContentEncryptionAlgorithmFactory()
                .getAlgorithm(headers.getStringHeaderValue("enc"));
        assertThat(keyManagement.getAlgorithmIdentifier()).isEqualTo("ECDH-ES+A256KW");
        assertThat(content.getAlgorithmIdentifier()).isEqualTo("A256GCM");

        ProviderContext context = new ProviderContext();
        Key privateKey = PublicJsonWebKey.Factory.newPublicJwk(recipient.keys.encryptionKey().toJSONString()).getPrivateKey();
        CryptoPrimitive prepared = keyManagement.prepareForDecrypt(privateKey, headers, context);
        Key cek = keyManagement.manageForDecrypt(prepared, b64(mine.get("encrypted_key").asText()),
                content.getContentEncryptionKeyDescriptor(), headers, context);
        byte[] compressed = content.decrypt(new ContentEncryptionParts(b64(jwe.get("iv").asText()),
                        b64(jwe.get("ciphertext").asText()), b64(jwe.get("tag").asText())),
                protectedPart.getBytes(StandardCharsets.US_ASCII), cek.getEncoded(), headers, context);
        assertThat(joined.get("zip").asText()).isEqualTo("DEF");
        return algorithms.getCompressionAlgorithmFactory().getAlgorithm("DEF").decompress(compressed);
    }

    private static byte[] b64(String s) {
        return Base64.getUrlDecoder().decode(s);
    }
}
