package org.villageregistry.sync.enrol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.workstation.WorkstationInfo;
import org.villageregistry.sync.FlattenedJws;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.files.AtomicFileWriter;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * Writes {@code <division>.enrol.json}: a flattened JWS ({@code typ} vreg-enrol+jws, EdDSA) whose payload
 * holds the division code and name, the workstation id, both public JWKs and the creation time. A first
 * enrolment is signed by its own new key; a key replacement is signed by the old key and names it in
 * {@code previousKid}.
 */
public final class EnrolmentFile {
    static final String TYPE = "vreg-enrol+jws";
    static final String FORMAT = "vreg-enrol/1";
    static final long MAX_BYTES = 1024 * 1024;
    static final SafeJson JSON = new SafeJson(MAX_BYTES);

    private EnrolmentFile() {
    }

    public static String fileName(DivisionCode division) {
        return division.value() + ".enrol.json";
    }

    /** A first enrolment, self-signed by the workstation's Ed25519 key. */
    public static byte[] create(WorkstationInfo workstation, WorkstationKeys keys, Instant createdAt) {
        return sign(payload(workstation, keys, createdAt), keys);
    }

    /** A new key pair for the same workstation, vouched for by the old signing key. */
    public static byte[] replacement(WorkstationInfo workstation, WorkstationKeys newKeys, WorkstationKeys oldKeys,
                                     Instant createdAt) {
        ObjectNode payload = payload(workstation, newKeys, createdAt);
        payload.put("previousKid", oldKeys.signingFingerprint().thumbprint());
        return sign(payload, oldKeys);
    }

    /** Writes the file atomically into {@code folder} and reads it back as the other side would. */
    public static Path write(Path folder, DivisionCode division, byte[] content, EnrolledOrigins known) {
        return AtomicFileWriter.write(folder, fileName(division), content,
                written -> EnrolmentReader.read(written, known));
    }

    private static ObjectNode payload(WorkstationInfo workstation, WorkstationKeys keys, Instant createdAt) {
        ObjectNode payload = JSON.mapper().createObjectNode();
        payload.put("format", FORMAT);
        ObjectNode division = payload.putObject("division");
        division.put("code", workstation.division().value());
        division.put("name", workstation.divisionName());
        payload.put("workstation", workstation.workstationId().toString());
        ObjectNode publicKeys = payload.putObject("keys");
        publicKeys.set("signing", JSON.parse(bytes(keys.publicSigningKey().toJSONString()), "keys"));
        publicKeys.set("encryption", JSON.parse(bytes(keys.publicEncryptionKey().toJSONString()), "keys"));
        payload.put("createdAt", createdAt.toString());
        return payload;
    }

    private static byte[] sign(ObjectNode payload, WorkstationKeys signer) {
        ObjectNode header = JSON.mapper().createObjectNode();
        header.put("typ", TYPE);
        return JSON.write(FlattenedJws.sign(JSON, header, JSON.write(payload), signer.signingKey()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
