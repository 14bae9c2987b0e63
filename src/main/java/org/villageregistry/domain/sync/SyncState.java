package org.villageregistry.domain.sync;

import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.sync.SyncRecords.Enrolment;
import org.villageregistry.domain.sync.SyncRecords.Feedback;
import org.villageregistry.domain.sync.SyncRecords.ImportedBundle;
import org.villageregistry.domain.sync.SyncRecords.ImportedReceipt;
import org.villageregistry.domain.sync.SyncRecords.KnownBirth;
import org.villageregistry.domain.sync.SyncRecords.OriginProgress;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;
import org.villageregistry.domain.sync.SyncRecords.Quarantined;
import org.villageregistry.domain.sync.SyncRecords.Task;
import org.villageregistry.domain.sync.SyncRecords.VillageProgress;

/**
 * What sync keeps in the register (BUNDLE.md). Writes run inside {@code Transactions.write} of the same
 * register, so an import's progress, quarantine and records commit together or not at all.
 */
public interface SyncState {
    /** This workstation's private keys (opaque bytes), decrypted; empty until they were made. */
    Optional<byte[]> workstationKeys();

    /** Stores the private keys encrypted under the database key; refuses to replace existing keys. */
    void saveWorkstationKeys(byte[] secret);

    List<Enrolment> enrolments();

    /** Adds an enrolment, or replaces the one of the same division. */
    void saveEnrolment(Enrolment enrolment);

    // --- township ---

    OriginProgress progress(String origin);

    /** Records an imported bundle and moves the origin's progress to its last change. */
    void recordImport(ImportedBundle bundle, long lastChangeId, String lastHash);

    List<ImportedBundle> importedBundles(String origin);

    /** Imported bundles not yet acknowledged in a receipt. */
    List<ImportedBundle> unacknowledgedBundles(String origin);

    void markAcknowledged(List<UUID> bundleIds, UUID receiptId);

    void saveReceivedChange(Change change);

    /** Every received change of one record, in order, from whichever village sent it. */
    List<Change> receivedHistory(UUID entityId);

    void quarantine(Quarantined change);

    /** True when an earlier change of this record from this origin is still quarantined. */
    boolean hasQuarantined(String origin, UUID entityId);

    /** The records of this origin that have a change still quarantined (one query for a whole bundle). */
    default Set<UUID> quarantinedRecords(String origin) {
        Set<UUID> out = new HashSet<>();
        quarantined(origin).stream().filter(q -> !q.released()).forEach(q -> out.add(q.entityId()));
        return out;
    }

    /** {@link #saveReceivedChange} for many changes at once. */
    default void saveReceivedChanges(List<Change> changes) {
        changes.forEach(this::saveReceivedChange);
    }

    List<Quarantined> quarantined(String origin);

    List<Quarantined> unreportedQuarantine(String origin);

    void markQuarantineReported(String origin, List<Long> changeIds, UUID receiptId);

    long raiseConflict(Conflict conflict);

    List<Conflict> conflicts(boolean undecidedOnly);

    Optional<Conflict> conflict(long id);

    void decideConflict(long id, ConflictDecision decision, String decidedBy, java.time.Instant at);

    long addFeedback(Feedback feedback);

    List<Feedback> unsentFeedback(String village);

    void markFeedbackSent(List<Long> ids, UUID receiptId);

    void addKnownBirth(KnownBirth birth);

    List<KnownBirth> unmatchedKnownBirths(String village);

    void markKnownBirthMatched(long id);

    // --- village ---

    VillageProgress villageProgress();

    /** Takes the number for the next bundle (numbers never repeat, even if the export then fails). */
    long takeSequence();

    /** Moves the acknowledged mark forward (never back). */
    void acknowledge(long changeId);

    boolean receiptImported(UUID receiptId);

    void recordReceipt(ImportedReceipt receipt);

    long addTask(Task task);

    List<Task> tasks(boolean openOnly);

    void markTaskDone(long id);

    // --- outbox (township → county) ---

    void enqueue(OutboxItem item);

    List<OutboxItem> outbox();

    void updateOutbox(OutboxItem item);
}
