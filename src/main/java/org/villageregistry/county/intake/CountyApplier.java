package org.villageregistry.county.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.county.store.AppliedChange;
import org.villageregistry.county.store.CountyRecord;
import org.villageregistry.county.store.CountyTransaction;
import org.villageregistry.county.store.QuarantinedChange;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.ResidenceStatus;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.sync.ReceivedRecords;

/**
 * Decides, change by change, what the county applies from one village bundle, with the township's rules and
 * reason codes (BUNDLE.md "Import"): the same domain validation, the village owns what it sends, the base
 * version must be the version the county holds (a snapshot only moves a record forward), and a change that
 * fails is quarantined with every later change of the same record.
 */
final class CountyApplier {
    private final String village;
    private final String township;
    private final boolean snapshot;
    private final LocalDate today;
    private final List<AppliedChange> applied = new ArrayList<>();
    private final List<QuarantinedChange> quarantined = new ArrayList<>();
    /** Persons who arrived by transfer from a sibling village: the old village's record becomes its history. */
    private final Set<UUID> arrived = new LinkedHashSet<>();
    /** Changes of this (old) village to persons who transferred away: kept as its history of them. */
    private final Map<UUID, AppliedChange> oldVillageHistory = new LinkedHashMap<>();
    private final Map<UUID, String> movedInFrom = new HashMap<>();
    private final Set<UUID> leavingInThisBundle = new HashSet<>();

    /** The changes of this bundle the township held back, by change id (empty: its manifest did not say). */
    private final Map<Long, HeldBack> heldByTownship;

    /** A change the township quarantined, with its reason code and message as the township gave them. */
    record HeldBack(long changeId, String reasonCode, String message) {
    }

    CountyApplier(String village, String township, boolean snapshot, LocalDate today,
                  Map<Long, HeldBack> heldByTownship) {
        this.village = village;
        this.township = township;
        this.snapshot = snapshot;
        this.today = today;
        this.heldByTownship = Map.copyOf(heldByTownship);
    }

    List<AppliedChange> applied() {
        return applied;
    }

    List<QuarantinedChange> quarantined() {
        return quarantined;
    }

    Set<UUID> arrived() {
        return arrived;
    }

    List<AppliedChange> oldVillageHistory() {
        return List.copyOf(oldVillageHistory.values());
    }

    void applyAll(List<Change> changes, CountyTransaction tx) {
        Set<UUID> waiting = new HashSet<>(tx.quarantinedRecords(village));
        Map<String, Set<UUID>> ids = new HashMap<>();
        changes.forEach(c -> ids.computeIfAbsent(c.entityType().wireName(), t -> new HashSet<>()).add(c.entityId()));
        Map<String, Map<UUID, CountyTransaction.Stored>> stored = new HashMap<>();
        for (var e : ids.entrySet()) {
            stored.put(e.getKey(), new HashMap<>(tx.stored(e.getKey(), e.getValue())));
        }
        for (Change c : changes) {
            ReceivedRecords.parse(c).ifPresent(r -> {
                if (r instanceof Person p && p.residence() == ResidenceStatus.MOVED_OUT) {
                    leavingInThisBundle.add(p.id());
                } else if (r instanceof Move m && !m.isVoided() && m.kind() == MoveKind.HUKOU_IN
                        && sibling(m.fromDivision(), village)) {
                    m.personIds().forEach(id -> movedInFrom.put(id, m.fromDivision()));
                }
            });
        }
        Map<String, AppliedChange> latest = new LinkedHashMap<>();
        for (Change c : changes) {
            String type = c.entityType().wireName();
            if (waiting.contains(c.entityId())) {
                quarantine(c, "AFTER_QUARANTINED", c.changeId(), waiting);
                continue;
            }
            HeldBack held = heldByTownship.get(c.changeId());
            if (held != null) { // the township's own register decided (a duplicate ID number, say): hold it as it did
                waiting.add(c.entityId());
                quarantined.add(new QuarantinedChange(c, held.reasonCode(), heldMessage(c, held)));
                continue;
            }
            Optional<RegisterRecord> parsed = ReceivedRecords.parse(c);
            if (parsed.isEmpty()) {
                quarantine(c, "UNREADABLE", null, waiting);
                continue;
            }
            RegisterRecord record = parsed.get();
            if (!c.entityId().equals(record.id()) || c.version() != record.version()) {
                quarantine(c, "WRONG_RECORD", null, waiting);
                continue;
            }
            List<Problem> errors = ReceivedRecords.ruleErrors(record, today);
            if (!errors.isEmpty()) {
                quarantine(c, "RULES", String.join("；", errors.stream()
                        .map(p -> p.message(Messages.CHINESE)).toList()), waiting);
                continue;
            }
            CountyTransaction.Stored known = stored.get(type).get(c.entityId());
            if (village.equals(record.owner()) && known != null && !known.village().equals(village)
                    && record instanceof Person && sibling(known.village(), village)) {
                if (arrival(c.entityId(), known, tx)) {
                    arrived.add(c.entityId());
                    known = null;
                } else if (historyOfThisVillage(c.entityId(), known, tx)) {
                    oldVillageHistory.put(c.entityId(), new AppliedChange(c, row(type, record, c.stateJson())));
                    continue;
                }
            }
            if (!village.equals(record.owner()) || known != null && !known.village().equals(village)) {
                quarantine(c, "NOT_OWNER", known != null ? known.village() : record.owner(), waiting);
                continue;
            }
            long version = known == null ? 0 : known.version();
            if (snapshot ? record.version() <= version : c.baseVersion() != version) {
                if (!snapshot) {
                    quarantine(c, "STALE_BASE", List.of(c.baseVersion(), version), waiting);
                }
                continue;
            }
            stored.get(type).put(c.entityId(), new CountyTransaction.Stored(record.version(), village,
                    record instanceof Person p && p.residence() != null ? p.residence().name() : null));
            AppliedChange a = new AppliedChange(c, row(type, record, c.stateJson()));
            if (snapshot) {
                latest.put(type + c.entityId(), a);
            } else {
                applied.add(a);
            }
        }
        applied.addAll(latest.values());
    }

    /**
     * A person held for a sibling village arrives here by transfer: this village recorded the move in from there
     * (in this bundle), or the old village recorded the person as moved out to here.
     */
    private boolean arrival(UUID person, CountyTransaction.Stored held, CountyTransaction tx) {
        return held.village().equals(movedInFrom.get(person))
                || ResidenceStatus.MOVED_OUT.name().equals(held.residence())
                && tx.recordedTransfer(held.village(), village, person, true);
    }

    /** A change of the old village to a person who has since arrived in the sibling village that holds him. */
    private boolean historyOfThisVillage(UUID person, CountyTransaction.Stored held, CountyTransaction tx) {
        return leavingInThisBundle.contains(person) || tx.keepsHistory(person, village)
                || tx.recordedTransfer(held.village(), village, person, false);
    }

    /** Another village of the same township. */
    private static boolean sibling(String division, String other) {
        return division != null && other != null && division.length() == 12 && other.length() == 12
                && !division.equals(other) && division.startsWith(other.substring(0, 9));
    }

    private void quarantine(Change c, String reason, Object arg, Set<UUID> waiting) {
        waiting.add(c.entityId());
        Object[] args = arg instanceof List<?> l ? l.toArray() : arg == null ? new Object[0] : new Object[] {arg};
        quarantined.add(new QuarantinedChange(c, reason,
                Messages.get(Messages.CHINESE, "sync.quarantine." + reason, args)));
    }



    /** A change the township held back and has now released, with the record it leaves (empty: unreadable). */
    static Optional<AppliedChange> released(Change c, String village, String township) {
        return ReceivedRecords.parse(c).map(r -> new AppliedChange(c,
                new CountyApplier(village, township, false, null, Map.of()).row(c.entityType().wireName(), r,
                        c.stateJson())));
    }

    /** The typed columns the statistics read, beside the full state. */
    private CountyRecord row(String type, RegisterRecord r, String state) {
        if (r instanceof Person p) {
            return new CountyRecord(type, r.id(), village, township, r.version(), r.isVoided(), state, p.name(),
                    p.sex() == null ? null : p.sex().name(), p.birthDate(), blankToNull(p.idNumber()),
                    p.residence() == null ? null : p.residence().name(), p.householdId(), p.motherId(),
                    p.enteredOn(), p.leftOn(), null, p.maritalStatus() == null ? null : p.maritalStatus().name(), null,
                    null, null, null);
        }
        LocalDate date = null;
        UUID mother = null;
        String sex = null;
        Integer order = null;
        String kind = null;
        Integer persons = null;
        LocalDate recorded = null;
        if (r instanceof Birth b) {
            date = b.bornAt() == null ? null : b.bornAt().toLocalDate();
            mother = b.motherId();
            sex = b.sex() == null ? null : b.sex().name();
            order = b.birthOrder();
            recorded = b.recorded() == null ? null : b.recorded().recordedOn();
        } else if (r instanceof Death d) {
            date = d.date();
        } else if (r instanceof Move m) {
            date = m.date();
            kind = m.kind() == null ? null : m.kind().name();
            persons = m.personIds() == null ? 0 : m.personIds().size();
        } else if (r instanceof Marriage m) {
            date = m.date();
            kind = m.kind() == null ? null : m.kind().name();
        }
        return new CountyRecord(type, r.id(), village, township, r.version(), r.isVoided(), state, null, sex, null,
                null, null, null, mother, null, null, date, null, order, kind, persons, recorded);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The words for a change the township held back: the manifest gives its reason's code only (no message: it may
     * quote a name and is not encrypted); a rule the county checks too is told in the county's own words, as the
     * county would have held it itself.
     */
    private String heldMessage(Change c, HeldBack held) {
        if ("RULES".equals(held.reasonCode())) {
            List<Problem> errors = ReceivedRecords.parse(c).map(r -> ReceivedRecords.ruleErrors(r, today))
                    .orElse(List.of());
            if (!errors.isEmpty()) {
                return String.join("；", errors.stream().map(p -> p.message(Messages.CHINESE)).toList());
            }
        }
        return held.message();
    }
}
