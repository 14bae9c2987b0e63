package org.villageregistry.service.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.repository.RecordRepository.Stored;
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
 * code, and every later change of that record with it. A transfer between villages of the township moves a
 * person's ownership only when the new village's record is matched to the old village's (its move-in from that
 * village, or the old village's move-out to it); the old village's record is then kept as its history
 * (TransferredPersons), so each village's past periods stay as its own register has them, and the new village's
 * receipt carries the record with that history.
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

    // What the bundle's transaction knows so far, loaded once per bundle and kept up to date in memory.
    private final Set<UUID> waiting = new HashSet<>();
    private final Map<UUID, Stored> stored = new HashMap<>();
    private final Map<String, Map<UUID, Person>> byIdNumber = new HashMap<>();
    private final Map<UUID, String> idNumberOf = new HashMap<>();
    private final Map<UUID, String> movedInFrom = new HashMap<>();
    private final Set<UUID> leavingInThisBundle = new HashSet<>();
    private final Map<EntityType, Map<UUID, RegisterRecord>> pending = new EnumMap<>(EntityType.class);
    private final List<Change> pendingChanges = new ArrayList<>();
    /** The staged records' states as their changes carried them (each record was read from that text, unchanged). */
    private final Map<UUID, String> pendingStates = new HashMap<>();
    /** The staged records that may have a row already; the others are inserted without a DELETE first. */
    private final Set<UUID> mayBeStored = new HashSet<>();

    /** A change's own bytes as its bundle carried them (kept as the received history), or null. */
    private final Function<Change, byte[]> asReceived;

    ChangeApplier(Register register, UUID bundleId, boolean snapshot, Instant now, ZoneId zone,
                  Function<Change, byte[]> asReceived) {
        this.register = register;
        this.asReceived = asReceived;
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

    /** A change with its parsed record (empty when its state is not a readable record). */
    private record Parsed(Change change, Optional<RegisterRecord> record) {
    }

    /**
     * Applies a bundle's new changes in order, inside the caller's write transaction: the stored versions and
     * owners, the waiting records and the persons sharing an ID number are read with a few queries for the whole
     * bundle, and the records are written in JDBC batches at the end (and before a transfer, which reads them).
     */
    void applyAll(List<Change> changes) {
        List<Parsed> parsed = new ArrayList<>(changes.size());
        Map<EntityType, Set<UUID>> idsByType = new EnumMap<>(EntityType.class);
        Set<String> origins = new HashSet<>();
        Set<String> idNumbers = new HashSet<>();
        for (Change c : changes) {
            Optional<RegisterRecord> record = ReceivedRecords.parse(c);
            parsed.add(new Parsed(c, record));
            origins.add(c.origin());
            idsByType.computeIfAbsent(c.entityType(), t -> new HashSet<>()).add(c.entityId());
            record.ifPresent(r -> {
                if (r instanceof Person p && p.residence() == ResidenceStatus.MOVED_OUT) {
                    leavingInThisBundle.add(p.id());
                }
                if (r instanceof Person p && idNumber(p) != null) {
                    idNumbers.add(idNumber(p));
                } else if (r instanceof Move m && !m.isVoided() && m.kind() == MoveKind.HUKOU_IN
                        && sibling(m.fromDivision(), m.owner())) {
                    m.personIds().forEach(id -> movedInFrom.put(id, m.fromDivision()));
                }
            });
        }
        origins.forEach(o -> waiting.addAll(register.sync().quarantine().quarantinedRecords(o)));
        idsByType.forEach((type, ids) -> stored.putAll(register.repository(type).storedVersions(ids)));
        register.persons().withIdNumbers(idNumbers).forEach(this::remember);
        for (Parsed p : parsed) {
            apply(p.change(), p.record());
        }
        flush();
    }

    private void apply(Change c, Optional<RegisterRecord> parsed) {
        if (waiting.contains(c.entityId())) {
            quarantine(c, Reason.AFTER_QUARANTINED, Messages.get(Messages.CHINESE,
                    "sync.quarantine.AFTER_QUARANTINED", c.changeId()));
            return;
        }
        if (parsed.isEmpty()) {
            quarantine(c, Reason.UNREADABLE, Messages.get(Messages.CHINESE, "sync.quarantine.UNREADABLE"));
            return;
        }
        RegisterRecord record = parsed.get();
        if (!c.entityId().equals(record.id()) || c.version() != record.version()) {
            quarantine(c, Reason.WRONG_RECORD, Messages.get(Messages.CHINESE, "sync.quarantine.WRONG_RECORD"));
            return;
        }
        List<Problem> errors = ReceivedRecords.ruleErrors(record, today);
        if (!errors.isEmpty()) {
            quarantine(c, Reason.RULES, Messages.get(Messages.CHINESE, "sync.quarantine.RULES",
                    String.join("；", errors.stream().map(p -> p.message(Messages.CHINESE)).toList())));
            return;
        }
        Optional<Stored> known = Optional.ofNullable(stored.get(c.entityId()));
        if (!c.origin().equals(record.owner()) || known.isPresent() && !known.get().owner().equals(c.origin())) {
            Optional<RegisterRecord> current = current(c);
            if (record instanceof Person arriving && current.orElse(null) instanceof Person held
                    && c.origin().equals(arriving.owner()) && sibling(held.owner(), c.origin())) {
                if (arrival(arriving, held)) {
                    register.transferredPersons().keep(held);
                    stage(record, c);
                    applied++;
                    transferredIn(held, arriving);
                    return;
                }
                if (historyOfTheOldVillage(arriving, held)) {
                    register.transferredPersons().keep(arriving);
                    applied++;
                    return;
                }
            }
            String other = known.map(Stored::owner).orElse(record.owner());
            conflict(c, Reason.NOT_OWNER, other, c.entityId(), current.map(ChangeApplier::json).orElse("{}"));
            return;
        }
        long storedVersion = known.map(Stored::version).orElse(0L);
        if (snapshot ? record.version() <= storedVersion : c.baseVersion() != storedVersion) {
            if (snapshot) {
                return; // the township already holds this version or a later one
            }
            quarantine(c, Reason.STALE_BASE, Messages.get(Messages.CHINESE, "sync.quarantine.STALE_BASE",
                    c.baseVersion(), storedVersion));
            return;
        }
        if (known.isEmpty() && record instanceof Person p && !p.isVoided() && idNumber(p) != null) {
            Optional<Person> same = byIdNumber.getOrDefault(idNumber(p), Map.of()).values().stream()
                    .filter(o -> !o.id().equals(p.id()) && o.isActive()).findFirst();
            if (same.isPresent() && !same.get().owner().equals(movedInFrom.get(p.id()))) {
                conflict(c, Reason.DUPLICATE_ID, same.get().owner(), same.get().id(), json(same.get()));
                return;
            }
            // with a move-in from the village that holds the ID number, it is the same person transferring: the
            // old village's record stays its own (its history), until its own move-out says the person left
        }
        stage(record, c);
        applied++;
    }

    /**
     * The new village's record of a person the township holds under the same UUID from a sibling village: the
     * transfer is matched (BUNDLE.md) when the new village's bundle holds the move-in from that village, or the old
     * village recorded the move-out to the new one. Only then does ownership move.
     */
    private boolean arrival(Person arriving, Person held) {
        if (held.owner().equals(movedInFrom.get(arriving.id()))) {
            return true;
        }
        return held.residence() == ResidenceStatus.MOVED_OUT && register.moves().byPerson(held.id()).stream()
                .anyMatch(m -> !m.isVoided() && m.isTransfer() && m.owner().equals(held.owner())
                        && arriving.owner().equals(m.toDivision()));
    }

    /**
     * A change of the old village to a person who has since arrived in a sibling village (whichever bundle came
     * first): its record is the old village's history, kept beside the new village's, not a claim on the person.
     */
    private boolean historyOfTheOldVillage(Person fromOldVillage, Person held) {
        String old = fromOldVillage.owner();
        return leavingInThisBundle.contains(fromOldVillage.id())
                || register.transferredPersons().find(fromOldVillage.id(), old).isPresent()
                || register.moves().byPerson(held.id()).stream().anyMatch(m -> !m.isVoided()
                        && m.kind() == MoveKind.HUKOU_IN && m.owner().equals(held.owner())
                        && old.equals(m.fromDivision()));
    }

    /** Another village of the same township. */
    private static boolean sibling(String division, String village) {
        return division != null && village != null && division.length() == 12 && village.length() == 12
                && !division.equals(village) && division.startsWith(village.substring(0, 9));
    }


    private static String idNumber(Person p) {
        return p.idNumber() == null || p.idNumber().isBlank() ? null : p.idNumber().strip().toUpperCase(Locale.ROOT);
    }

    /** Keeps a person in the ID-number view of this bundle. */
    private void remember(Person p) {
        String old = idNumberOf.remove(p.id());
        if (old != null) {
            byIdNumber.getOrDefault(old, new HashMap<>()).remove(p.id());
        }
        String number = idNumber(p);
        if (number != null && !p.isVoided()) {
            byIdNumber.computeIfAbsent(number, n -> new HashMap<>()).put(p.id(), p);
            idNumberOf.put(p.id(), number);
        }
    }

    private void stage(RegisterRecord record, Change c) {
        pending.computeIfAbsent(c.entityType(), t -> new LinkedHashMap<>()).put(record.id(), record);
        pendingStates.put(record.id(), c.stateJson());
        if (stored.containsKey(record.id())) {
            mayBeStored.add(record.id()); // stored before this bundle, or written by an earlier flush of it
        }
        pendingChanges.add(c);
        stored.put(record.id(), new Stored(record.id(), record.version(), record.owner()));
        if (record instanceof Person p) {
            remember(p);
        }
    }

    /** The record as the township holds it now, including what this bundle applied so far. */
    private Optional<RegisterRecord> current(Change c) {
        flush();
        return register.repository(c.entityType()).find(c.entityId());
    }

    /** Writes the staged records and received changes in batches (still inside the bundle's transaction). */
    private void flush() {
        pending.forEach((type, records) -> register.repository(type).saveReceivedAll(records.values(), mayBeStored,
                pendingStates));
        pending.clear();
        pendingStates.clear();
        mayBeStored.clear();
        register.sync().intake().saveReceivedChanges(pendingChanges, asReceived);
        pendingChanges.clear();
    }


    /** Ownership has moved to the new village: its receipt carries the old village's record with its history. */
    private void transferredIn(Person held, Person arriving) {
        ObjectNode payload = Json.mapper().createObjectNode();
        payload.put("from", held.owner());
        payload.set("record", Json.mapper().valueToTree(arriving));
        var history = payload.putArray("history");
        for (Change h : register.sync().intake().receivedHistory(held.id(), held.owner())) {
            history.add(org.villageregistry.service.change.ChangeHash.withoutHash(h).put("hash", h.hash()));
        }
        register.sync().feedback().addFeedback(new Feedback(0, arriving.owner(), FeedbackKind.TRANSFER_IN,
                Optional.of(held.id()), payload.toString(), now));
    }

    private void conflict(Change c, Reason reason, String otherOwner, UUID otherId, String otherState) {
        register.sync().conflicts().raiseConflict(new Conflict(0, c.origin(), c.changeId(), c.entityType().wireName(),
                c.entityId(), otherOwner, otherId, reason.name(), c.stateJson(), otherState, now, Optional.empty(),
                Optional.empty(), Optional.empty()));
        quarantine(c, reason, Messages.get(Messages.CHINESE, "sync.quarantine." + reason.name(), otherOwner));
    }

    private void quarantine(Change c, Reason reason, String message) {
        waiting.add(c.entityId());
        register.sync().quarantine().quarantine(new Quarantined(c.origin(), c.changeId(), bundleId, c.entityType().wireName(),
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
