package org.villageregistry.domain.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The values the sync state keeps (BUNDLE.md); plain data, no behaviour. */
public final class SyncRecords {
    private SyncRecords() {
    }

    /** An accepted enrolment file of another workstation, kept whole so it can be checked again. */
    public record Enrolment(String division, String divisionName, UUID workstationId, String signingKid,
                            String encryptionKid, byte[] file, Instant enrolledAt) {
    }

    /** Township: how far the changes of one village were applied. */
    public record OriginProgress(String division, long lastChangeId, Optional<String> lastHash, long lastSequence,
                                 Set<UUID> importedBundles) {
        public OriginProgress {
            importedBundles = Set.copyOf(importedBundles);
        }
    }

    /** Township: one bundle that was imported (applied in one transaction). */
    public record ImportedBundle(UUID bundleId, String origin, long sequence, long fromChange, long toChange,
                                 String chainHead, String kind, String fileName, int applied, int quarantined,
                                 Instant importedAt) {
    }

    /** Township: a change that was not applied, with its reason; later changes of the record wait with it. */
    public record Quarantined(String origin, long changeId, UUID bundleId, String entityType, UUID entityId,
                              String reasonCode, String message, String changeJson, Instant at, boolean released) {
    }

    /** Township: two versions of a record (or of one person) that need a person's decision. */
    public record Conflict(long id, String origin, long changeId, String entityType, UUID entityId,
                           String otherOwner, UUID otherId, String reasonCode, String villageState,
                           String otherState, Instant raisedAt, Optional<ConflictDecision> decision,
                           Optional<String> decidedBy, Optional<Instant> decidedAt) {
    }

    /** Township: something to tell a village in its next receipt. */
    public record Feedback(long id, String village, FeedbackKind kind, Optional<UUID> entityId, String payloadJson,
                           Instant createdAt) {
    }

    /** Township: a birth known from a hospital or police list. */
    public record KnownBirth(long id, String village, String source, String childName, String sex, LocalDate bornOn,
                             String motherName, String motherIdNumber) {
        /**
         * The village recorded a known birth when it holds a birth to the mother with that ID number within this
         * many days of the listed day (lists and registers often differ by a day or two).
         */
        public static final int MATCH_DAYS = 3;
    }

    /** Village: how far the township acknowledged, and the number of the next bundle. */
    public record VillageProgress(long lastAcknowledged, long nextSequence) {
    }

    /** Village: the last bundle written, its number, its last change, when it was written and whether a snapshot. */
    public record LastExport(long sequence, long toChange, Instant at, boolean snapshot) {
    }

    /** Village: a receipt that was imported. */
    public record ImportedReceipt(UUID receiptId, String township, long acknowledged, String fileName,
                                  Instant importedAt) {
    }

    /** Village: something a receipt asks the registrar to do or look at. */
    public record Task(long id, UUID receiptId, TaskKind kind, Optional<UUID> entityId, Optional<Long> changeId,
                       Optional<String> reasonCode, String message, String payloadJson, Instant createdAt,
                       boolean done) {
    }

    /** Township: a file waiting to go to the county, and how sending it went so far. */
    public record OutboxItem(UUID itemId, String kind, String fileName, byte[] content, OutboxState state,
                             int attempts, Instant nextAttempt, Optional<String> lastError, Instant queuedAt,
                             Optional<Instant> sentAt) {
        public OutboxItem withAttempt(OutboxState newState, Instant next, Optional<String> error,
                                      Optional<Instant> sent) {
            return new OutboxItem(itemId, kind, fileName, content, newState, attempts + 1, next, error, queuedAt,
                    sent);
        }
    }

    /** What the township decided about a conflict. */
    public enum ConflictDecision { KEEP_VILLAGE, KEEP_OTHER, DIFFERENT_PEOPLE }

    /** Kinds of feedback for a village. */
    public enum FeedbackKind { TRANSFER_IN, KNOWN_BIRTH, DUPLICATE_SUSPECT, CONFLICT_DECIDED, SIGNOFF_APPROVED,
        SIGNOFF_RETURNED, VERIFICATION_FINDING }

    /** Kinds of task at a village. */
    public enum TaskKind { FIX_CHANGE, TRANSFER_IN, KNOWN_BIRTH, DUPLICATE_SUSPECT, CONFLICT_DECIDED, SIGNOFF_APPROVED,
        SIGNOFF_RETURNED, VERIFICATION_FINDING }

    /** Where an outbox item stands. */
    public enum OutboxState { PENDING, SENT, FAILED }
}
