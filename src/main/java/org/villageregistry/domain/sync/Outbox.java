package org.villageregistry.domain.sync;

import java.util.List;
import org.villageregistry.domain.sync.SyncRecords.OutboxItem;

/**
 * The township's queue of uploads to the county, kept across restarts. Writes run inside {@code Transactions.write} of
 * the register.
 */
public interface Outbox {
    void enqueue(OutboxItem item);

    List<OutboxItem> outbox();

    /** Whether the queue holds an item of this id (in any state), without reading any item's content. */
    boolean holds(java.util.UUID itemId);

    void updateOutbox(OutboxItem item);
}
