package org.villageregistry.sync.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;

/**
 * The two private key pairs of one workstation (RFC 8037 OKP keys): Ed25519 signs what it sends, X25519
 * receives what is encrypted to it. Each key's {@code kid} is its RFC 7638 thumbprint. The private form
 * ({@link #toPrivateJson()}) is for storage, which keeps it encrypted under the database key.
 */
public final class WorkstationKeys {
    private static final String FORMAT = "vreg-keys/1";
    private static final SafeJson JSON = new SafeJson(64 * 1024);

    private final OctetKeyPair signing;
    private final OctetKeyPair encryption;

    private WorkstationKeys(OctetKeyPair signing, OctetKeyPair encryption) {
        this.signing = Objects.requireNonNull(signing);
        this.encryption = Objects.requireNonNull(encryption);
        if (!Curve.Ed25519.equals(signing.getCurve()) || !signing.isPrivate()) {
            throw new SyncException(SyncProblem.KEYS_MALFORMED, "signing");
        }
        if (!Curve.X25519.equals(encryption.getCurve()) || !encryption.isPrivate()) {
            throw new SyncException(SyncProblem.KEYS_MALFORMED, "encryption");
        }
    }

    /** Makes fresh key pairs, once, at the first set-up of a workstation. */
    public static WorkstationKeys generate() {
        try {
            OctetKeyPair signing = new OctetKeyPairGenerator(Curve.Ed25519)
                    .keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
            OctetKeyPair encryption = new OctetKeyPairGenerator(Curve.X25519)
                    .keyUse(KeyUse.ENCRYPTION).keyIDFromThumbprint(true).generate();
            return new WorkstationKeys(signing, encryption);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate OKP keys", e);
        }
    }

    /** The Ed25519 private key; only the sync module signs with it. */
    public OctetKeyPair signingKey() {
        return signing;
    }

    /** The X25519 private key; only the sync module decrypts with it. */
    public OctetKeyPair encryptionKey() {
        return encryption;
    }

    public Fingerprint signingFingerprint() {
        return Fingerprint.of(signing);
    }

    public Fingerprint encryptionFingerprint() {
        return Fingerprint.of(encryption);
    }

    public OctetKeyPair publicSigningKey() {
        return signing.toPublicJWK();
    }

    public OctetKeyPair publicEncryptionKey() {
        return encryption.toPublicJWK();
    }

    /** {@code {"format":"vreg-keys/1","signing":{private JWK},"encryption":{private JWK}}}. Secret: store encrypted. */
    public String toPrivateJson() {
        ObjectNode root = JSON.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.set("signing", jwkNode(signing));
        root.set("encryption", jwkNode(encryption));
        return root.toString();
    }

    public byte[] toBytes() {
        return toPrivateJson().getBytes(StandardCharsets.UTF_8);
    }

    public static WorkstationKeys fromPrivateJson(String json) {
        JsonNode root = JSON.parse(json.getBytes(StandardCharsets.UTF_8), "keys");
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new SyncException(SyncProblem.KEYS_MALFORMED, "format");
        }
        return new WorkstationKeys(parseKey(root, "signing"), parseKey(root, "encryption"));
    }

    public static WorkstationKeys fromBytes(byte[] bytes) {
        return fromPrivateJson(new String(bytes, StandardCharsets.UTF_8));
    }

    private static JsonNode jwkNode(OctetKeyPair key) {
        return JSON.parse(key.toJSONString().getBytes(StandardCharsets.UTF_8), "keys");
    }

    private static OctetKeyPair parseKey(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isObject()) {
            throw new SyncException(SyncProblem.KEYS_MALFORMED, name);
        }
        try {
            return OctetKeyPair.parse(node.toString());
        } catch (ParseException e) {
            throw new SyncException(e, SyncProblem.KEYS_MALFORMED, name);
        }
    }
}
