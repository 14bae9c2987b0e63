package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.villageregistry.sync.FlattenedJws;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.enrol.EnrolledOrigins;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * Receipts and manifests: the same form as a bundle (flattened JWS, EdDSA) with their own {@code typ}; the
 * header's {@code vreg} object carries their metadata. With recipients the payload is a JWE (ECDH-ES+A256KW on
 * X25519, A256GCM, DEF) like a bundle's; without, the payload is the JSON itself.
 */
public final class SignedDocuments {
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final SafeJson JSON = new SafeJson(MAX_BYTES);

    private SignedDocuments() {
    }

    /** A verified document: header, plaintext payload, signer, and whether it came encrypted. */
    public record Opened(ObjectNode vreg, byte[] payload, EnrolledOrigin signer, boolean encrypted) {
    }

    public static byte[] sign(String type, Map<String, Object> vreg, byte[] payload, WorkstationKeys signer,
                              List<EnrolledOrigin> encryptTo) {
        ObjectNode header = JSON.mapper().createObjectNode();
        header.put("typ", type);
        ObjectNode meta = JSON.mapper().valueToTree(vreg);
        meta.put("encrypted", !encryptTo.isEmpty());
        header.set("vreg", meta);
        byte[] body = encryptTo.isEmpty() ? payload
                : BundleEncryption.encrypt(JSON, payload,
                        encryptTo.stream().map(EnrolledOrigin::encryptionKey).toList())
                .getBytes(StandardCharsets.UTF_8);
        return JSON.write(FlattenedJws.sign(JSON, header, body, signer.signingKey()));
    }

    public static Opened open(byte[] file, String fileName, String type, EnrolledOrigins trusted,
                              WorkstationKeys ownKeys) {
        if (file.length > MAX_BYTES) {
            throw new SyncException(SyncProblem.FILE_TOO_LARGE, fileName, MAX_BYTES / BundleLimits.MIB);
        }
        FlattenedJws.Parsed jws = FlattenedJws.parse(JSON, JSON.parse(file, fileName), type, fileName);
        EnrolledOrigin signer = trusted.bySigningKey(jws.kid())
                .orElseThrow(() -> new SyncException(SyncProblem.UNKNOWN_KEY, fileName));
        if (!FlattenedJws.verify(jws, signer.signingKey())) {
            throw new SyncException(SyncProblem.BAD_SIGNATURE, fileName);
        }
        JsonNode vreg = jws.header().path("vreg");
        if (!vreg.isObject()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        boolean encrypted = vreg.path("encrypted").asBoolean(false);
        byte[] payload = FlattenedJws.payload(jws);
        if (encrypted) {
            BundleLimits limits = BundleLimits.defaults();
            payload = BundleEncryption.decrypt(JSON, payload, ownKeys.encryptionKey(),
                    limits.decompressedCap(file.length), fileName);
        }
        return new Opened((ObjectNode) vreg, payload, signer, encrypted);
    }
}
