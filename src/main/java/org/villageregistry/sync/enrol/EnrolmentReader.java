package org.villageregistry.sync.enrol;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.sync.FlattenedJws;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.keys.Fingerprint;

/**
 * Reads an enrolment file and checks it: a first enrolment must be signed by the key it encloses and name
 * that key's thumbprint as {@code kid}; a replacement must be signed by the enrolled old key of the same
 * division.
 */
public final class EnrolmentReader {
    private EnrolmentReader() {
    }

    public static EnrolledOrigin read(Path file, EnrolledOrigins known) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > EnrolmentFile.MAX_BYTES) {
                throw new SyncException(SyncProblem.FILE_TOO_LARGE, name, EnrolmentFile.MAX_BYTES / 1024 + " KiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SyncException(e, SyncProblem.READ_FAILED, name);
        }
        return read(bytes, name, known);
    }

    public static EnrolledOrigin read(byte[] bytes, String name, EnrolledOrigins known) {
        FlattenedJws.Parsed jws = FlattenedJws.parse(EnrolmentFile.JSON, EnrolmentFile.JSON.parse(bytes, name),
                EnrolmentFile.TYPE, name);
        JsonNode payload = EnrolmentFile.JSON.parse(FlattenedJws.payload(jws), name);
        EnrolledOrigin origin = origin(payload, name);
        if (origin.previousKey().isEmpty()) {
            if (!jws.kid().equals(origin.signingFingerprint().thumbprint())) {
                throw new SyncException(SyncProblem.ENROL_KID_MISMATCH, name);
            }
            if (!FlattenedJws.verify(jws, origin.signingKey())) {
                throw new SyncException(SyncProblem.ENROL_BAD_SIGNATURE, name);
            }
            return origin;
        }
        String previousKid = origin.previousKey().get().thumbprint();
        if (!jws.kid().equals(previousKid)) {
            throw new SyncException(SyncProblem.ENROL_KID_MISMATCH, name);
        }
        EnrolledOrigin previous = known.bySigningKey(previousKid)
                .orElseThrow(() -> new SyncException(SyncProblem.ENROL_UNKNOWN_PREVIOUS_KEY, name,
                        origin.previousKey().get().display()));
        if (!previous.division().equals(origin.division())) {
            throw new SyncException(SyncProblem.ENROL_DIVISION_MISMATCH, name, previous.division().value(),
                    origin.division().value());
        }
        if (!FlattenedJws.verify(jws, previous.signingKey())) {
            throw new SyncException(SyncProblem.ENROL_BAD_SIGNATURE, name);
        }
        return origin;
    }

    /**
     * An enrolment this workstation accepted earlier and keeps in its encrypted register: its checks were
     * made when it was imported (a replacement's old key may be gone since), so only its content is read.
     */
    public static EnrolledOrigin readAccepted(byte[] bytes, String name) {
        FlattenedJws.Parsed jws = FlattenedJws.parse(EnrolmentFile.JSON, EnrolmentFile.JSON.parse(bytes, name),
                EnrolmentFile.TYPE, name);
        return origin(EnrolmentFile.JSON.parse(FlattenedJws.payload(jws), name), name);
    }

    private static EnrolledOrigin origin(JsonNode payload, String name) {
        try {
            if (!EnrolmentFile.FORMAT.equals(payload.path("format").asText())) {
                throw new SyncException(SyncProblem.UNKNOWN_FORMAT, name, payload.path("format").asText("?"));
            }
            DivisionCode division = DivisionCode.of(required(payload.path("division"), "code", name));
            String divisionName = required(payload.path("division"), "name", name);
            UUID workstation = UUID.fromString(required(payload, "workstation", name));
            OctetKeyPair signing = publicKey(payload.path("keys").path("signing"), Curve.Ed25519, name);
            OctetKeyPair encryption = publicKey(payload.path("keys").path("encryption"), Curve.X25519, name);
            Instant createdAt = Instant.parse(required(payload, "createdAt", name));
            Optional<Fingerprint> previous = payload.hasNonNull("previousKid")
                    ? Optional.of(new Fingerprint(payload.get("previousKid").asText()))
                    : Optional.empty();
            return new EnrolledOrigin(division, divisionName, workstation, signing, encryption, createdAt, previous);
        } catch (SyncException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeParseException | RegistryException e) {
            throw new SyncException(e, SyncProblem.ENROL_MALFORMED, name);
        }
    }

    /** A private key ("d") in an enrolment file would be a leak; such a file is refused. */
    private static OctetKeyPair publicKey(JsonNode node, Curve curve, String name) {
        try {
            OctetKeyPair key = OctetKeyPair.parse(node.toString());
            if (key.isPrivate() || !curve.equals(key.getCurve())) {
                throw new SyncException(SyncProblem.ENROL_MALFORMED, name);
            }
            return key;
        } catch (ParseException e) {
            throw new SyncException(e, SyncProblem.ENROL_MALFORMED, name);
        }
    }

    private static String required(JsonNode node, String field, String name) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SyncException(SyncProblem.ENROL_MALFORMED, name);
        }
        return value.asText();
    }
}
