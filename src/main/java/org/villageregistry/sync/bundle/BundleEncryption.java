package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWEObjectJSON;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MultiEncrypter;
import com.nimbusds.jose.crypto.X25519Decrypter;
import com.nimbusds.jose.crypto.X25519Encrypter;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.villageregistry.sync.Base64Url;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.keys.Fingerprint;

/**
 * The bundle's payload: a JWE in General JSON Serialization (RFC 7516 §7.2.1), {@code enc} A256GCM and
 * {@code zip} DEF in the protected header, one recipient per X25519 key with {@code alg} ECDH-ES+A256KW, its
 * own {@code epk} and {@code kid} in the per-recipient header. See docs/decisions/0003-bundle-encoding.md.
 *
 * <p>Decryption does not let Nimbus inflate: it would inflate without a limit. We decrypt with the header
 * minus {@code zip} (the AAD is still the original protected header) and inflate ourselves, capped.
 */
final class BundleEncryption {
    private BundleEncryption() {
    }

    static String encrypt(SafeJson json, byte[] plaintext, List<OctetKeyPair> recipientKeys) {
        try {
            return recipientKeys.size() == 1
                    ? encryptForOne(json, plaintext, recipientKeys.get(0))
                    : encryptForMany(plaintext, recipientKeys);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt a bundle", e);
        }
    }

    /** Per-recipient headers hold each recipient's {@code alg}, {@code kid} and {@code epk}. */
    private static String encryptForMany(byte[] plaintext, List<OctetKeyPair> recipientKeys) throws JOSEException {
        List<JWK> keys = new ArrayList<>();
        for (OctetKeyPair key : recipientKeys) {
            keys.add(new OctetKeyPair.Builder(key.toPublicJWK())
                    .keyID(Fingerprint.of(key).thumbprint())
                    .algorithm(JWEAlgorithm.ECDH_ES_A256KW)
                    .build());
        }
        JWEHeader header = new JWEHeader.Builder(EncryptionMethod.A256GCM)
                .compressionAlgorithm(CompressionAlgorithm.DEF)
                .build();
        JWEObjectJSON jwe = new JWEObjectJSON(header, new Payload(plaintext));
        jwe.encrypt(new MultiEncrypter(new JWKSet(keys)));
        return jwe.serializeGeneral();
    }

    /**
     * Nimbus 9.47's MultiEncrypter drops the {@code epk} of a lone recipient, so one recipient gets the same
     * General JSON Serialization with every header parameter protected (as a compact JWE would have them).
     */
    private static String encryptForOne(SafeJson json, byte[] plaintext, OctetKeyPair key) throws JOSEException {
        JWEHeader header = new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A256GCM)
                .compressionAlgorithm(CompressionAlgorithm.DEF)
                .keyID(Fingerprint.of(key).thumbprint())
                .build();
        JWEObject jwe = new JWEObject(header, new Payload(plaintext));
        jwe.encrypt(new X25519Encrypter(key.toPublicJWK()));
        String[] parts = jwe.serialize().split("\\.", -1);
        ObjectNode out = json.mapper().createObjectNode();
        out.put("protected", parts[0]);
        out.putArray("recipients").addObject().put("encrypted_key", parts[1]);
        out.put("iv", parts[2]);
        out.put("ciphertext", parts[3]);
        out.put("tag", parts[4]);
        return out.toString();
    }

    static byte[] decrypt(SafeJson json, byte[] jweBytes, OctetKeyPair ownKey, long cap, String fileName) {
        JsonNode jwe = json.parse(jweBytes, fileName);
        String protectedPart = text(jwe, "protected", fileName);
        JsonNode protectedHeader = json.parse(Base64Url.decode(protectedPart)
                .orElseThrow(() -> new SyncException(SyncProblem.MALFORMED, fileName)), fileName);
        if (!protectedHeader.isObject() || jwe.has("unprotected")
                || !EncryptionMethod.A256GCM.getName().equals(protectedHeader.path("enc").asText())) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        JsonNode recipient = recipientFor(jwe, protectedHeader, Fingerprint.of(ownKey).thumbprint(), fileName);
        ObjectNode joined = ((ObjectNode) protectedHeader).deepCopy();
        joined.remove("zip");
        for (Iterator<Map.Entry<String, JsonNode>> it = recipient.path("header").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (joined.has(e.getKey())) {
                throw new SyncException(SyncProblem.MALFORMED, fileName);
            }
            joined.set(e.getKey(), e.getValue());
        }
        if (!JWEAlgorithm.ECDH_ES_A256KW.getName().equals(joined.path("alg").asText())) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        byte[] aad = jwe.has("aad")
                ? (protectedPart + "." + text(jwe, "aad", fileName)).getBytes(StandardCharsets.US_ASCII)
                : protectedPart.getBytes(StandardCharsets.US_ASCII);
        byte[] compressed;
        try {
            compressed = new X25519Decrypter(ownKey).decrypt(JWEHeader.parse(joined.toString()),
                    new Base64URL(text(recipient, "encrypted_key", fileName)),
                    new Base64URL(text(jwe, "iv", fileName)),
                    new Base64URL(text(jwe, "ciphertext", fileName)),
                    new Base64URL(text(jwe, "tag", fileName)), aad);
        } catch (JOSEException | ParseException | RuntimeException e) {
            throw new SyncException(e, SyncProblem.DECRYPT_FAILED, fileName);
        }
        String zip = protectedHeader.path("zip").asText("");
        if (zip.isEmpty()) {
            return compressed;
        }
        if (!zip.equals(CompressionAlgorithm.DEF.getName())) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        return inflate(compressed, cap, fileName);
    }

    private static JsonNode recipientFor(JsonNode jwe, JsonNode sharedHeader, String kid, String fileName) {
        JsonNode recipients = jwe.get("recipients");
        if (recipients == null || !recipients.isArray() || recipients.isEmpty()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        for (JsonNode r : recipients) {
            if (kid.equals(r.path("header").path("kid").asText(sharedHeader.path("kid").asText()))) {
                return r;
            }
        }
        throw new SyncException(SyncProblem.NOT_A_RECIPIENT, fileName);
    }

    /** What {@link #inflate} fills at a time. */
    private static final int INFLATE_CHUNK = 256 * 1024;

    /**
     * Raw DEFLATE (RFC 1951), stopping as soon as the output would pass {@code cap}. The output is gathered in chunks
     * and copied once into an array of its exact length (a growing buffer copied itself at each doubling and once
     * more at the end: about twice the heap for a bundle's plaintext).
     */
    static byte[] inflate(byte[] compressed, long cap, String fileName) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            List<byte[]> chunks = new ArrayList<>();
            byte[] chunk = new byte[INFLATE_CHUNK];
            int used = 0;
            long total = 0;
            while (!inflater.finished()) {
                if (used == chunk.length) {
                    chunks.add(chunk);
                    chunk = new byte[INFLATE_CHUNK];
                    used = 0;
                }
                int n = inflater.inflate(chunk, used, chunk.length - used);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SyncException(SyncProblem.DECRYPT_FAILED, fileName);
                }
                if (total + n > cap || total + n > Integer.MAX_VALUE - 16) {
                    throw new SyncException(SyncProblem.DECOMPRESSED_TOO_LARGE, fileName, cap / BundleLimits.MIB);
                }
                used += n;
                total += n;
            }
            byte[] out = new byte[(int) total];
            int at = 0;
            for (byte[] full : chunks) {
                System.arraycopy(full, 0, out, at, full.length);
                at += full.length;
            }
            System.arraycopy(chunk, 0, out, at, used);
            return out;
        } catch (DataFormatException e) {
            throw new SyncException(e, SyncProblem.DECRYPT_FAILED, fileName);
        } finally {
            inflater.end();
        }
    }

    private static String text(JsonNode node, String field, String fileName) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new SyncException(SyncProblem.MALFORMED, fileName);
        }
        return v.asText();
    }
}
