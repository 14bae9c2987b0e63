package org.villageregistry.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * JWS JSON Serialization, flattened (RFC 7515 §7.2.2), signed with EdDSA (Ed25519). We build the protected
 * header bytes ourselves (with the bounded Jackson mapper) and let Nimbus do the signing and verifying.
 */
public final class FlattenedJws {
    private static final Set<String> MEMBERS = Set.of("protected", "payload", "signature");

    /** The parts of a flattened JWS as read from a file, not yet verified. */
    public record Parsed(String protectedPart, ObjectNode header, String payloadPart, byte[] signature) {
        public String kid() {
            return header.path("kid").asText("");
        }

        public String type() {
            return header.path("typ").asText("");
        }

        public byte[] signingInput() {
            return (protectedPart + "." + payloadPart).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private FlattenedJws() {
    }

    /** Header must hold {@code typ} and may hold more; {@code alg} and {@code kid} are set here. */
    public static ObjectNode sign(SafeJson json, ObjectNode header, byte[] payload, OctetKeyPair signingKey) {
        header.put("alg", JWSAlgorithm.EdDSA.getName());
        header.put("kid", signingKey.getKeyID());
        String protectedPart = Base64Url.encode(json.write(header));
        String payloadPart = Base64Url.encode(payload);
        try {
            JWSHeader jwsHeader = JWSHeader.parse(new Base64URL(protectedPart));
            Base64URL signature = new Ed25519Signer(signingKey).sign(jwsHeader,
                    (protectedPart + "." + payloadPart).getBytes(StandardCharsets.US_ASCII));
            ObjectNode out = json.mapper().createObjectNode();
            out.put("protected", protectedPart);
            out.put("payload", payloadPart);
            out.put("signature", signature.toString());
            return out;
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    /**
     * Checks the shape: an object with exactly protected, payload and signature, each canonical base64url,
     * the protected header a JSON object with {@code alg} EdDSA and the expected {@code typ}.
     */
    public static Parsed parse(SafeJson json, JsonNode root, String expectedType, String fileName) {
        if (!root.isObject()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            if (!MEMBERS.contains(names.next())) {
                throw new SyncException(SyncProblem.MALFORMED, fileName);
            }
        }
        String protectedPart = text(root, "protected", fileName);
        String payloadPart = text(root, "payload", fileName);
        byte[] signature = Base64Url.decode(text(root, "signature", fileName))
                .orElseThrow(() -> new SyncException(SyncProblem.MALFORMED, fileName));
        if (Base64Url.decode(payloadPart).isEmpty()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        byte[] headerBytes = Base64Url.decode(protectedPart)
                .orElseThrow(() -> new SyncException(SyncProblem.MALFORMED, fileName));
        JsonNode header = json.parse(headerBytes, fileName);
        if (!header.isObject() || !JWSAlgorithm.EdDSA.getName().equals(header.path("alg").asText())
                || !expectedType.equals(header.path("typ").asText()) || header.has("crit")) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        return new Parsed(protectedPart, (ObjectNode) header, payloadPart, signature);
    }

    public static boolean verify(Parsed jws, OctetKeyPair publicKey) {
        try {
            JWSHeader header = JWSHeader.parse(new Base64URL(jws.protectedPart()));
            return new Ed25519Verifier(publicKey.toPublicJWK())
                    .verify(header, jws.signingInput(), Base64URL.encode(jws.signature()));
        } catch (JOSEException | ParseException e) {
            return false;
        }
    }

    public static byte[] payload(Parsed jws) {
        return Base64Url.decode(jws.payloadPart()).orElseThrow();
    }

    private static String text(JsonNode root, String name, String fileName) {
        JsonNode node = root.get(name);
        if (node == null || !node.isTextual()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        return node.asText();
    }
}
