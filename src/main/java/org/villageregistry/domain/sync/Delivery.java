package org.villageregistry.domain.sync;

import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.ImportedReceipt;
import org.villageregistry.domain.sync.SyncRecords.LastExport;
import org.villageregistry.domain.sync.SyncRecords.VillageProgress;

/**
 * The village side of the hand-off: bundle numbers, what the township acknowledged, receipts imported. Writes run
 * inside {@code Transactions.write} of the register.
 */
public interface Delivery {
    VillageProgress villageProgress();

    /** Takes the number for the next bundle (numbers never repeat, even if the export then fails). */
    long takeSequence();

    /** The last bundle written; empty before the first (or in a register made before it was kept). */
    Optional<LastExport> lastExport();

    /** Keeps the bundle just written as the last one (in the write that took its number). */
    void recordExport(LastExport export);

    /** Moves the acknowledged mark forward (never back). */
    void acknowledge(long changeId);

    boolean receiptImported(UUID receiptId);

    void recordReceipt(ImportedReceipt receipt);
}
