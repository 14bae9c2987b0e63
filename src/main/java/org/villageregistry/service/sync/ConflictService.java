package org.villageregistry.service.sync;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.FeedbackKind;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.OutboxState;
import org.villageregistry.domain.sync.SyncRecords.Quarantined;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.Json;

/**
 * The township's conflict list: the village's version beside the other one, and a decision that is
 * recorded with who took it and when, and sent back in the village's next receipt. Keeping the village's
 * version (or marking them different people) applies its quarantined changes of that record in order.
 */
public final class ConflictService {
    /** A decision told to the county (docs/decisions/0038), signed by the township, beside its bundles. */
    public static final String DECISION_TYPE = "vreg-conflict-decision+jws";
    public static final String DECISION_FORMAT = "vreg-conflict-decision/1";
    public static final String OUTBOX_KIND = "decision";
    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SyncIdentity identity;
    private final Clock clock;

    public ConflictService(SyncIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    public List<Conflict> list(boolean undecidedOnly) {
        return identity.register().sync().conflicts().conflicts(undecidedOnly);
    }

    public Conflict decide(long id, ConflictDecision decision) {
        Permissions.require(identity.register(), Permission.TOWNSHIP_SYNC);
        var sync = identity.register().sync();
        Conflict c = sync.conflicts().conflict(id).orElseThrow(() -> new RegistryException("sync.service.noSuchConflict", id));
        if (c.decision().isPresent()) {
            throw new RegistryException("sync.service.conflictDecided", id);
        }
        Instant now = clock.instant();
        String by = identity.register().user().name();
        identity.register().transactions().write(() -> {
            sync.conflicts().decideConflict(id, decision, by, now);
            if (decision != ConflictDecision.KEEP_OTHER) {
                releaseQuarantine(c, now);
            }
            ObjectNode payload = Json.mapper().createObjectNode().put("conflictId", id)
                    .put("changeId", c.changeId()).put("entityId", c.entityId().toString())
                    .put("reasonCode", c.reasonCode()).put("decision", decision.name()).put("decidedBy", by)
                    .put("decidedAt", now.toString());
            sync.feedback().addFeedback(new Feedback(0, c.origin(), FeedbackKind.CONFLICT_DECIDED, Optional.of(c.entityId()),
                    payload.toString(), now));
            sync.outbox().enqueue(forTheCounty(c, decision, now));
        });
        return sync.conflicts().conflict(id).orElseThrow();
    }

    /**
     * The decision as the county needs it: which village's change (and the later ones of the record) the township
     * now applies, or keeps held back while the conflict is closed. No personal data, so not encrypted.
     */
    private OutboxItem forTheCounty(Conflict c, ConflictDecision decision, Instant now) {
        ObjectNode d = Json.mapper().createObjectNode().put("format", DECISION_FORMAT)
                .put("township", identity.division()).put("village", c.origin()).put("changeId", c.changeId())
                .put("entityType", c.entityType()).put("entityId", c.entityId().toString())
                .put("reasonCode", c.reasonCode()).put("decision", decision.name())
                .put("released", decision != ConflictDecision.KEEP_OTHER).put("decidedAt", now.toString());
        byte[] signed = identity.crypto().signDocument(DECISION_TYPE, java.util.Map.of("format", DECISION_FORMAT,
                "issuer", identity.division(), "createdAt", now.toString()), ReceiptService.bytes(d),
                identity.keys(), List.of());
        String name = c.origin() + "_decision_" + c.changeId() + "_" + STAMP.format(now.atZone(clock.getZone()))
                + ".vrd.json";
        return new OutboxItem(UUID.randomUUID(), OUTBOX_KIND, name, signed, OutboxState.PENDING, 0, now,
                Optional.empty(), now, Optional.empty());
    }

    /** The village's changes of that record, from the conflicting one on, applied in order; ownership moves. */
    private void releaseQuarantine(Conflict c, Instant now) {
        var sync = identity.register().sync();
        EntityType type = EntityType.fromWireName(c.entityType());
        for (Quarantined q : sync.quarantine().quarantined(c.origin())) {
            if (!q.entityId().equals(c.entityId()) || q.changeId() < c.changeId() || q.released()) {
                continue;
            }
            try {
                var node = Json.mapper().readTree(q.changeJson());
                var stateNode = node.get("state");
                String state = stateNode.isTextual() ? stateNode.asText() : stateNode.toString();
                RegisterRecord record = Json.mapper().readValue(state, type.recordClass());
                identity.register().repository(type).saveReceived(record);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a quarantined change is not readable", e);
            }
            sync.quarantine().quarantine(new Quarantined(q.origin(), q.changeId(), q.bundleId(), q.entityType(), q.entityId(),
                    q.reasonCode(), q.message(), q.changeJson(), q.at(), true));
        }
    }
}
