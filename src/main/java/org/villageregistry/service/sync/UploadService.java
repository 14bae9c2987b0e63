package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.task.Progress;

/**
 * The township's outbox to the county (BUNDLE.md "Upload"): the village bundles unchanged and the township's
 * manifests, each POSTed once it is due. 201 or 200 means the county has it (the bundle id makes the POST
 * idempotent); anything else is retried with exponential back-off (1 min, 2, 4 … up to 6 h). The schedule
 * lives in the database, so it survives a restart.
 */
public final class UploadService {
    /** The HTTP header that carries the township-signed upload manifest (base64url of the signed document). */
    public static final String MANIFEST_HEADER = "X-Vreg-Manifest";
    public static final String UPLOAD_TYPE = "vreg-upload+jws";
    public static final String UPLOAD_FORMAT = "vreg-upload/1";
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    private final SyncIdentity identity;
    private final Clock clock;
    private final CountyClient client;
    private final Duration timeout;

    public UploadService(SyncIdentity identity, Clock clock, CountyClient client, Duration timeout) {
        this.identity = identity;
        this.clock = clock;
        this.client = client;
        this.timeout = timeout;
    }

    /** How one item went in this run. */
    public record Sent(String fileName, OutboxState state, int status, Optional<String> error,
                       boolean countyReceiptVerified) {
    }

    public List<OutboxItem> outbox() {
        return identity.register().sync().outbox().outbox();
    }

    /** Sends every item that is pending or failed and due; {@code force} ignores the back-off schedule. */
    public List<Sent> upload(String baseUrl, boolean force, Progress progress) {
        Permissions.require(identity.register(), Permission.TOWNSHIP_SYNC);
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new RegistryException("sync.service.noCountyUrl");
        }
        Instant now = clock.instant();
        List<OutboxItem> due = outbox().stream().filter(i -> i.state() != OutboxState.SENT)
                .filter(i -> force || !i.nextAttempt().isAfter(now)).toList();
        List<Sent> out = new ArrayList<>();
        for (int n = 0; n < due.size() && !progress.isCancelled(); n++) {
            OutboxItem item = due.get(n);
            progress.message(Messages.get("sync.service.progress.uploading", item.fileName()));
            out.add(send(baseUrl, item));
            progress.update(n + 1, due.size());
        }
        return out;
    }

    private Sent send(String baseUrl, OutboxItem item) {
        Instant now = clock.instant();
        try {
            CountyClient.Answer answer = client.post(baseUrl, item.itemId().toString(), item.content(),
                    manifest(item, now), timeout);
            boolean verified = verifyReceipt(answer.body(), item.fileName());
            save(item.withAttempt(OutboxState.SENT, now, Optional.empty(), Optional.of(now)));
            return new Sent(item.fileName(), OutboxState.SENT, answer.status(), Optional.empty(), verified);
        } catch (IOException | RegistryException e) {
            String error = e instanceof RegistryException r ? r.getMessage()
                    : e instanceof CountyClient.Refused refused
                    ? Messages.get("sync.service.uploadRefused", baseUrl, item.fileName(),
                            String.valueOf(refused.status()), refused.said().isBlank() ? "—" : refused.said())
                    : Messages.get("sync.service.uploadIoFailed", baseUrl, e.getClass().getSimpleName(),
                            e.getMessage() == null ? "" : e.getMessage());
            Instant next = now.plus(backOff(item.attempts() + 1));
            save(item.withAttempt(OutboxState.FAILED, next, Optional.of(error), Optional.empty()));
            return new Sent(item.fileName(), OutboxState.FAILED, -1, Optional.of(error), false);
        }
    }

    /**
     * The township-signed manifest of one upload (BUNDLE.md "Upload to the county"): which item, what kind, the
     * SHA-256 of the exact bytes, and for a village's file the village's enrolment file, so the county can
     * authenticate the township and then verify the village's own signature.
     */
    private String manifest(OutboxItem item, Instant now) {
        com.fasterxml.jackson.databind.node.ObjectNode m = org.villageregistry.service.Json.mapper().createObjectNode();
        m.put("format", UPLOAD_FORMAT);
        m.put("township", identity.division());
        m.put("itemId", item.itemId().toString());
        m.put("kind", item.kind());
        m.put("fileName", item.fileName());
        m.put("sha256", sha256(item.content()));
        m.put("createdAt", now.toString());
        String village = item.fileName().length() >= 12 ? item.fileName().substring(0, 12) : "";
        identity.village(village).ifPresent(e -> {
            m.put("village", village);
            m.put("villageEnrolment", java.util.Base64.getEncoder().encodeToString(e.file()));
            if ("bundle".equals(item.kind())) {
                heldBack(m.putArray("held"), village, item.itemId());
            }
        });
        java.util.Map<String, Object> header = java.util.Map.of("format", UPLOAD_FORMAT, "issuer",
                identity.division(), "itemId", item.itemId().toString(), "createdAt", now.toString());
        byte[] signed = identity.crypto().signDocument(UPLOAD_TYPE, header,
                m.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), identity.keys(), List.of());
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /**
     * The changes of this bundle the township holds back now (quarantined, not released by a decision): the county
     * holds back the same, so its figures are the township's (docs/decisions/0038). No personal data: numbers,
     * record ids and reason codes.
     */
    private void heldBack(com.fasterxml.jackson.databind.node.ArrayNode held, String village, java.util.UUID bundle) {
        var register = identity.register();
        register.transactions().read(() -> register.sync().quarantine().quarantined(village)).stream()
                .filter(q -> q.bundleId().equals(bundle) && !q.released())
                // not the quarantine's message: it may quote a name (a rule's words), and the manifest is not
                // encrypted; the county words the reason from its code
                .forEach(q -> held.addObject().put("changeId", q.changeId()).put("entityId", q.entityId().toString())
                        .put("reasonCode", q.reasonCode()));
    }

    /** SHA-256 of the bytes, base64url without padding (as the county's inbox keys them). */
    public static String sha256(byte[] content) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }

    /** When the county is enrolled, its answer must be a receipt it signed; otherwise it is kept unread. */
    private boolean verifyReceipt(byte[] body, String fileName) {
        var county = identity.county();
        if (county.isEmpty()) {
            return false;
        }
        identity.crypto().readDocument(body, fileName, ReceiptService.RECEIPT_TYPE, List.of(county.get()),
                identity.keys());
        return true;
    }

    static Duration backOff(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
    }

    private void save(OutboxItem item) {
        identity.register().transactions().write(() -> identity.register().sync().outbox().updateOutbox(item));
    }
}
