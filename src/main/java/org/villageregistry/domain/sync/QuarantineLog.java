package org.villageregistry.domain.sync;

import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.villageregistry.domain.sync.SyncRecords.Quarantined;

/**
 * Changes the township could not apply, kept with their reason until the village sends a fix. Writes run inside {@code
 * Transactions.write} of the register.
 */
public interface QuarantineLog {
    void quarantine(Quarantined change);

    /** True when an earlier change of this record from this origin is still quarantined. */
    boolean hasQuarantined(String origin, UUID entityId);

    /** The records of this origin that have a change still quarantined (one query for a whole bundle). */
    default Set<UUID> quarantinedRecords(String origin) {
        Set<UUID> out = new HashSet<>();
        quarantined(origin).stream().filter(q -> !q.released()).forEach(q -> out.add(q.entityId()));
        return out;
    }

    List<Quarantined> quarantined(String origin);

    List<Quarantined> unreportedQuarantine(String origin);

    void markQuarantineReported(String origin, List<Long> changeIds, UUID receiptId);
}
