package org.villageregistry.service.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.Plausibility;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.RecordRepository;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.FeedbackKind;
import org.villageregistry.domain.sync.SyncRecords.Quarantined;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.Json;

/**
 * Applies one village change at the township inside the bundle's transaction (BUNDLE.md "Import"): the same
 * domain rules as the village, ownership and base version; a change that fails is quarantined with a reason
 * code, and every later change of that record with it. A transfer out to another village of the township
 * moves the persons' ownership there and queues their records with history for that village's receipt.
 */
final class ChangeApplier {
    /** Reason codes a receipt carries (message key {@code sync.quarantine.<code>}). */
    enum Reason { UNREADABLE, WRONG_RECORD, RULES, NOT_OWNER, STALE_BASE, DUPLICATE_ID, AFTER_QUARANTINED }

    private final Register register;
    private final UUID bundleId;
    private final boolean snapshot;
    private final Instant now;
    private final LocalDate today;
    private int applied;
    private int quarantined;

    ChangeApplier(Register register, UUID bundleId, boolean snapshot, Instant now, ZoneId zone) {
        this.register = register;
        this.bundleId = bundleId;
        this.snapshot = snapshot;
        this.now = now;
        this.today = LocalDate.ofInstant(now, zone);
    }

    int applied() {
        return applied;
    }

    int quarantined() {
        return quarantined;
    }

    void apply(Change c) {
        if (register.sync().hasQuarantined(c.origin(), c.entityId())) {
            quarantine(c, Reason.AFTER_QUARANTINED, Messages.get(Messages.CHINESE,
                    "sync.quarantine.AFTER_QUARANTINED", c.changeId()));
            return;
        }
        RegisterRecord record;
        try {
            record = Json.mapper().readValue(c.stateJson(), RecordKinds.type(c.entityType()));
        } catch (Exception e) {
            quarantine(c, Reason.UNREADABLE, Messages.get(Messages.CHINESE, "sync.quarantine.UNREADABLE"));
            return;
        }
        if (!c.entityId().equals(record.id()) || c.version() != record.version()) {
            quarantine(c, Reason.WRONG_RECORD, Messages.get(Messages.CHINESE, "sync.quarantine.WRONG_RECORD"));
            return;
        }
        List<Problem> errors = rules(record);
        if (!errors.isEmpty()) {
            quarantine(c, Reason.RULES, Messages.get(Messages.CHINESE, "sync.quarantine.RULES",
                    String.join("；", errors.stream().map(p -> p.message(Messages.CHINESE)).toList())));
            return;
        }
        RecordRepository<RegisterRecord> repo = RecordKinds.repository(register, c.entityType());
        Optional<RegisterRecord> stored = repo.find(c.entityId());
        if (!c.origin().equals(record.owner())
                || stored.isPresent() && !stored.get().owner().equals(c.origin())) {
            String other = stored.map(RegisterRecord::owner).orElse(record.owner());
            conflict(c, Reason.NOT_OWNER, other, c.entityId(), stored.map(ChangeApplier::json).orElse("{}"));
            return;
        }
        long storedVersion = stored.map(RegisterRecord::version).orElse(0L);
        if (snapshot ? record.version() <= storedVersion : c.baseVersion() != storedVersion) {
            if (snapshot) {
                return; // the township already holds this version or a later one
            }
            quarantine(c, Reason.STALE_BASE, Messages.get(Messages.CHINESE, "sync.quarantine.STALE_BASE",
                    c.baseVersion(), storedVersion));
            return;
        }
        if (stored.isEmpty() && record instanceof Person p && !p.isVoided() && p.idNumber() != null
                && !p.idNumber().isBlank()) {
            Optional<Person> same = register.persons().findActiveByIdNumber(p.idNumber());
            if (same.isPresent() && !same.get().id().equals(p.id())) {
                conflict(c, Reason.DUPLICATE_ID, same.get().owner(), same.get().id(), json(same.get()));
                return;
            }
        }
        repo.saveReceived(record);
        register.sync().saveReceivedChange(c);
        applied++;
        if (record instanceof Move move && move.isTransfer() && !move.isVoided()) {
            transfer(move);
        }
    }

    private List<Problem> rules(RegisterRecord record) {
        List<Problem> problems = new ArrayList<>();
        if (record.isVoided()) {
            return problems;
        }
        if (record instanceof Person p) {
            problems.addAll(PersonRules.validate(p, today));
        } else if (record instanceof Birth b) {
            problems.addAll(Plausibility.birthDetails(b));
        }
        return problems.stream().filter(Problem::isError).toList();
    }

    /** Ownership of the moved persons goes to the destination village, with their history in its receipt. */
    private void transfer(Move move) {
        for (UUID personId : move.personIds()) {
            register.persons().find(personId).filter(p -> p.owner().equals(move.owner())).ifPresent(p -> {
                Person moved = register.persons().saveReceived(p.toBuilder().owner(move.toDivision()).build());
                ObjectNode payload = Json.mapper().createObjectNode();
                payload.put("from", move.owner());
                payload.put("moveId", move.id().toString());
                payload.set("record", Json.mapper().valueToTree(moved));
                var history = payload.putArray("history");
                for (Change h : register.sync().receivedHistory(personId)) {
                    history.add(org.villageregistry.service.change.ChangeHash.withoutHash(h).put("hash", h.hash()));
                }
                register.sync().addFeedback(new Feedback(0, move.toDivision(), FeedbackKind.TRANSFER_IN,
                        Optional.of(personId), payload.toString(), now));
            });
        }
    }

    private void conflict(Change c, Reason reason, String otherOwner, UUID otherId, String otherState) {
        register.sync().raiseConflict(new Conflict(0, c.origin(), c.changeId(), c.entityType().wireName(),
                c.entityId(), otherOwner, otherId, reason.name(), c.stateJson(), otherState, now, Optional.empty(),
                Optional.empty(), Optional.empty()));
        quarantine(c, reason, Messages.get(Messages.CHINESE, "sync.quarantine." + reason.name(), otherOwner));
    }

    private void quarantine(Change c, Reason reason, String message) {
        register.sync().quarantine(new Quarantined(c.origin(), c.changeId(), bundleId, c.entityType().wireName(),
                c.entityId(), reason.name(), message,
                org.villageregistry.service.change.ChangeHash.withoutHash(c).put("hash", c.hash()).toString(), now,
                false));
        quarantined++;
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a record as JSON", e);
        }
    }
}
