package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.sync.SyncRecords.Quarantined;
import org.villageregistry.domain.division.DivisionCode;
import org.villageregistry.domain.division.DivisionLevel;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.service.Json;
import org.villageregistry.service.task.Progress;

/**
 * {@code vreg receipt --village CODE --to DIR} (BUNDLE.md "Receipt"): the township signs what it acknowledged
 * from a village, the changes it quarantined (reason code and Chinese message) and feedback (records
 * transferred in, births known here the village has not recorded, duplicate suspects, conflict decisions).
 * Encrypted to the village whenever it carries more than acknowledgements. A township-signed manifest of the
 * same goes into the outbox for the county.
 */
public final class ReceiptService {
    public static final String RECEIPT_TYPE = "vreg-receipt+jws";
    public static final String MANIFEST_TYPE = "vreg-manifest+jws";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SyncIdentity identity;
    private final Clock clock;
    private final EnrolmentService.FileWriter writer;

    public ReceiptService(SyncIdentity identity, Clock clock, EnrolmentService.FileWriter writer) {
        this.identity = identity;
        this.clock = clock;
        this.writer = writer;
    }

    /** What went into a receipt. */
    public record Written(String village, Path file, UUID receiptId, long acknowledgedUpTo, int bundles, int quarantined,
                          int feedback, boolean encrypted) {
    }

    /** The villages enrolled here (12-digit division codes), in the order they were enrolled. */
    public List<Enrolment> villages() {
        return identity.enrolments().stream().filter(e -> e.division().length() == 12).toList();
    }

    /**
     * True when a receipt has news for the village: bundles imported since its last receipt, changes held back, or
     * feedback not sent yet (a month approved or returned here, a suspected duplicate).
     */
    public boolean hasNewsFor(String village) {
        var sync = identity.register().sync();
        // a bundle to acknowledge, a change held back, or feedback to send (a month approved or returned here)
        return !sync.intake().unacknowledgedBundles(village).isEmpty()
                || !sync.quarantine().unreportedQuarantine(village).isEmpty()
                || !sync.feedback().unsentFeedback(village).isEmpty();
    }

    /**
     * Writes the receipts of the given villages into the folder in one pass, in the given order, and stops
     * between villages when the work is cancelled. Returns what was written, village by village.
     */
    public List<Written> writeAll(List<String> villages, Path folder, Progress progress) {
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < villages.size() && !progress.isCancelled(); i++) {
            written.add(write(villages.get(i), folder));
            progress.update(i + 1, villages.size());
        }
        return written;
    }

    public Written write(String village, Path folder) {
        Permissions.require(identity.register(), Permission.TOWNSHIP_SYNC);
        if (!identity.isTownship()) {
            throw new RegistryException("sync.service.receiptAtVillage");
        }
        Enrolment enrolment = identity.village(village)
                .orElseThrow(() -> new RegistryException("sync.service.villageNotEnrolled", village));
        byte[] keys = identity.keys();
        UUID receiptId = UUID.randomUUID();
        Instant now = clock.instant();
        var sync = identity.register().sync();
        OriginProgress progress = sync.intake().progress(village);
        List<ImportedBundle> bundles = sync.intake().unacknowledgedBundles(village);
        List<Quarantined> quarantined = sync.quarantine().unreportedQuarantine(village);
        List<Feedback> feedback = new ArrayList<>(sync.feedback().unsentFeedback(village));
        List<KnownBirth> unrecorded = unrecordedBirths(village);

        ObjectNode receipt = Json.mapper().createObjectNode();
        receipt.put("format", "vreg-receipt/1");
        receipt.put("receiptId", receiptId.toString());
        receipt.put("township", identity.division());
        receipt.put("townshipName", identity.register().workstation().divisionName());
        receipt.put("village", village);
        receipt.put("createdAt", now.toString());
        ObjectNode ack = receipt.putObject("acknowledged");
        ack.put("upTo", progress.lastChangeId());
        ack.put("chainHead", progress.lastHash().orElse(null));
        // the township's villages, so a village can offer them as destinations of a move (a transfer)
        ArrayNode villages = receipt.putArray("villages");
        DivisionCode township = DivisionCode.of(identity.division());
        identity.register().divisions().stream()
                .filter(d -> d.code().level() == DivisionLevel.VILLAGE && township.contains(d.code()))
                .sorted(java.util.Comparator.comparing(d -> d.code().value()))
                .forEach(d -> villages.addObject().put("code", d.code().value()).put("name", d.name()));
        ArrayNode ackBundles = ack.putArray("bundles");
        bundles.forEach(b -> ackBundles.addObject().put("bundleId", b.bundleId().toString())
                .put("sequence", b.sequence()).put("from", b.fromChange()).put("to", b.toChange())
                .put("applied", b.applied()).put("quarantined", b.quarantined()));
        ArrayNode q = receipt.putArray("quarantined");
        quarantined.forEach(x -> q.addObject().put("changeId", x.changeId()).put("entityType", x.entityType())
                .put("entityId", x.entityId().toString()).put("reasonCode", x.reasonCode())
                .put("message", x.message()));
        ArrayNode fb = receipt.putArray("feedback");
        for (Feedback f : feedback) {
            ObjectNode item = fb.addObject().put("kind", f.kind().name());
            f.entityId().ifPresent(id -> item.put("entityId", id.toString()));
            item.set("payload", readTree(f.payloadJson()));
        }
        for (KnownBirth b : unrecorded) {
            ObjectNode payload = Json.mapper().createObjectNode().put("source", b.source())
                    .put("childName", b.childName()).put("sex", b.sex()).put("bornOn", b.bornOn().toString())
                    .put("motherName", b.motherName()).put("motherIdNumber", b.motherIdNumber());
            fb.addObject().put("kind", "KNOWN_BIRTH").set("payload", payload);
        }
        boolean personal = !quarantined.isEmpty() || fb.size() > 0;
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", "vreg-receipt/1");
        header.put("receiptId", receiptId.toString());
        header.put("issuer", identity.division());
        header.put("audience", village);
        header.put("createdAt", now.toString());
        header.put("encrypted", personal);
        byte[] file = identity.crypto().signDocument(RECEIPT_TYPE, header, bytes(receipt), keys,
                personal ? List.of(enrolment) : List.of());
        String name = village + "_receipt_" + STAMP.format(now.atZone(clock.getZone())) + ImportService.RECEIPT_SUFFIX;
        Path written = writer.write(folder, name, file);
        byte[] manifest = manifest(village, receiptId, bundles, quarantined, now, keys);
        identity.register().transactions().write(() -> {
            sync.intake().markAcknowledged(bundles.stream().map(ImportedBundle::bundleId).toList(), receiptId);
            sync.quarantine().markQuarantineReported(village, quarantined.stream().map(Quarantined::changeId).toList(), receiptId);
            sync.feedback().markFeedbackSent(feedback.stream().map(Feedback::id).toList(), receiptId);
            sync.outbox().enqueue(new OutboxItem(receiptId, "manifest", village + "_manifest_"
                    + STAMP.format(now.atZone(clock.getZone())) + ".vrm.json", manifest, OutboxState.PENDING, 0, now,
                    Optional.empty(), now, Optional.empty()));
            identity.register().audit().append(AuditAction.RECEIPT_WRITTEN, null, null, "village=" + village
                    + " bundles=" + bundles.size() + " held=" + quarantined.size() + " feedback=" + feedback.size());
        });
        return new Written(village, written, receiptId, progress.lastChangeId(), bundles.size(), quarantined.size(),
                fb.size(), personal);
    }

    /** The township's signed statement to the county of what it accepted and quarantined (no personal data). */
    private byte[] manifest(String village, UUID receiptId, List<ImportedBundle> bundles,
                            List<Quarantined> quarantined, Instant now, byte[] keys) {
        ObjectNode m = Json.mapper().createObjectNode();
        m.put("format", "vreg-manifest/1");
        m.put("township", identity.division());
        m.put("village", village);
        m.put("receiptId", receiptId.toString());
        m.put("createdAt", now.toString());
        ArrayNode accepted = m.putArray("bundles");
        bundles.forEach(b -> accepted.addObject().put("bundleId", b.bundleId().toString()).put("from", b.fromChange())
                .put("to", b.toChange()).put("applied", b.applied()).put("quarantined", b.quarantined()));
        ArrayNode q = m.putArray("quarantined");
        quarantined.forEach(x -> q.addObject().put("changeId", x.changeId()).put("entityId", x.entityId().toString())
                .put("reasonCode", x.reasonCode()));
        Map<String, Object> header = Map.of("format", "vreg-manifest/1", "issuer", identity.division(),
                "createdAt", now.toString());
        return identity.crypto().signDocument(MANIFEST_TYPE, header, bytes(m), keys, List.of());
    }

    /**
     * Births on the township's hospital or police lists that the village has not recorded: no birth of that
     * village to a mother with that ID number (or name) within three days of the date.
     */
    private List<KnownBirth> unrecordedBirths(String village) {
        List<KnownBirth> out = new ArrayList<>();
        var sync = identity.register().sync();
        for (KnownBirth b : sync.feedback().unmatchedKnownBirths(village)) {
            if (recorded(b, village)) {
                identity.register().transactions().write(() -> sync.feedback().markKnownBirthMatched(b.id()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private boolean recorded(KnownBirth known, String village) {
        return KnownBirthMatch.recorded(identity.register(), known, village);
    }

    static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonNode readTree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored feedback is not JSON", e);
        }
    }
}
