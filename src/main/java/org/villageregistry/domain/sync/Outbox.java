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

    void updateOutbox(OutboxItem item);
}
