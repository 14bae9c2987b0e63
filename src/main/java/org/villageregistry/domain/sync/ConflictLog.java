package org.villageregistry.domain.sync;

import java.util.List;
import java.util.Optional;
import org.villageregistry.domain.sync.SyncRecords.Conflict;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;

/**
 * Conflicts between villages (the same person claimed twice), with the township's recorded decision. Writes run inside
 * {@code Transactions.write} of the register.
 */
public interface ConflictLog {
    long raiseConflict(Conflict conflict);

    List<Conflict> conflicts(boolean undecidedOnly);

    Optional<Conflict> conflict(long id);

    void decideConflict(long id, ConflictDecision decision, String decidedBy, java.time.Instant at);
}
