package org.villageregistry.domain.sync;

import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.ImportedReceipt;
import org.villageregistry.domain.sync.SyncRecords.VillageProgress;

/**
 * The village side of the hand-off: bundle numbers, what the township acknowledged, receipts imported. Writes run
 * inside {@code Transactions.write} of the register.
 */
public interface Delivery {
    VillageProgress villageProgress();

    /** Takes the number for the next bundle (numbers never repeat, even if the export then fails). */
    long takeSequence();

    /** Moves the acknowledged mark forward (never back). */
    void acknowledge(long changeId);

    boolean receiptImported(UUID receiptId);

    void recordReceipt(ImportedReceipt receipt);
}
