package org.villageregistry.sync.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.sync.FlattenedJws;
import org.villageregistry.sync.SafeJson;
import org.villageregistry.sync.SyncException;
import org.villageregistry.sync.SyncProblem;
import org.villageregistry.sync.enrol.EnrolledOrigin;
import org.villageregistry.sync.enrol.EnrolledOrigins;
import org.villageregistry.sync.files.AtomicFileWriter;
import org.villageregistry.sync.keys.WorkstationKeys;

/**
 * Builds a bundle (BUNDLE.md): the changes as {@code {"changes":[…]}} (or {@code {"snapshot":[…]}}),
 * encrypted to each recipient (JWE, General JSON Serialization), signed by this workstation (JWS, flattened,
 * {@code typ} vreg-bundle+jws, metadata in the protected {@code vreg} header), written atomically and verified.
 */
public final class BundleWriter {
    /** The plaintext member with the months submitted for sign-off. */
    static final String SIGNOFFS = "signoffs";
    private static final SafeJson JSON = new SafeJson(BundleLimits.defaults().maxFileBytes());

    private final WorkstationKeys keys;
    private final ZoneId zone;

    public BundleWriter(WorkstationKeys keys, ZoneId zone) {
        this.keys = keys;
        this.zone = zone;
    }

    /** Metadata and file content of a bundle, not yet written anywhere (also what the county upload sends). */
    public record SealedBundle(BundleMetadata metadata, String fileName, byte[] content) {
    }

    public SealedBundle seal(BundleOrder order) {
        List<Change> changes = order.changes().stream().sorted(Comparator.comparingLong(Change::changeId)).toList();
        if (changes.isEmpty()) {
            throw new SyncException(SyncProblem.EMPTY_BUNDLE, order.origin().divisionName());
        }
        String division = order.origin().division().value();
        for (Change c : changes) {
            if (!division.equals(c.origin())) {
                throw new IllegalArgumentException("change " + c.changeId() + " is not from " + division);
            }
        }
        BundleMetadata metadata = new BundleMetadata(BundleMetadata.FORMAT, UUID.randomUUID(),
                order.origin().division(), order.origin().workstationId(), order.audience(), order.sequence(),
                ChangeRange.of(changes), order.chainHead(), order.createdAt(), order.schemaVersion(), order.kind(),
                order.signoffs().stream().map(s -> s.path("period").asText()).toList());
        byte[] content = seal(BundleHeader.toJson(JSON, metadata), plaintext(order.kind(), changes, order.signoffs()),
                order.recipients().stream().map(EnrolledOrigin::encryptionKey).toList());
        String name = BundleFileName.of(metadata.originDivision(), metadata.sequence(), metadata.createdAt(), zone);
        return new SealedBundle(metadata, name, content);
    }

    /**
     * Seals and writes the bundle into {@code folder} (a USB stick), then reads it back and checks its
     * signature and metadata as a township would, before anyone is told it is done.
     */
    public WrittenBundle write(Path folder, BundleOrder order) {
        SealedBundle sealed = seal(order);
        EnrolledOrigin self = new EnrolledOrigin(order.origin().division(), order.origin().divisionName(),
                order.origin().workstationId(), keys.publicSigningKey(), keys.publicEncryptionKey(),
                order.origin().createdAt(), java.util.Optional.empty());
        BundleVerifier verifier = new BundleVerifier(EnrolledOrigins.of(List.of(self)), BundleLimits.defaults());
        Path file = AtomicFileWriter.write(folder, sealed.fileName(), sealed.content(), written -> {
            if (!verifier.verify(written).metadata().equals(sealed.metadata())) {
                throw new SyncException(SyncProblem.READ_BACK_FAILED, sealed.fileName());
            }
        });
        return new WrittenBundle(file, sealed.metadata(), sealed.content().length);
    }

    /** Signs {@code vreg} metadata over the plaintext encrypted to the given keys; tests craft odd bundles with it. */
    byte[] seal(ObjectNode vreg, byte[] plaintext, List<OctetKeyPair> recipientKeys) {
        if (recipientKeys.isEmpty()) {
            throw new IllegalArgumentException("a bundle needs at least one recipient");
        }
        String jwe = BundleEncryption.encrypt(JSON, plaintext, recipientKeys);
        ObjectNode header = JSON.mapper().createObjectNode();
        header.put("typ", BundleHeader.TYPE);
        header.set("vreg", vreg);
        return JSON.write(FlattenedJws.sign(JSON, header, jwe.getBytes(StandardCharsets.UTF_8), keys.signingKey()));
    }

    /** {@code {"changes":[…]}}, with {@code "signoffs":[…]} after it only when months are submitted. */
    private static byte[] plaintext(BundleKind kind, List<Change> changes, List<JsonNode> signoffs) {
        ObjectMapper mapper = JSON.mapper();
        ByteArrayOutputStream out = new ByteArrayOutputStream(changes.size() * 512 + 64);
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeArrayFieldStart(kind.wireName());
            for (Change c : changes) {
                mapper.writeTree(gen, ChangeJson.toJson(mapper, c));
            }
            gen.writeEndArray();
            if (!signoffs.isEmpty()) {
                gen.writeArrayFieldStart(SIGNOFFS);
                for (JsonNode s : signoffs) {
                    mapper.writeTree(gen, s);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write bundle plaintext", e);
        }
        return out.toByteArray();
    }
}
