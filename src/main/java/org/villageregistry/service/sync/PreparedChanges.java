package org.villageregistry.service.sync;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Change;
import org.villageregistry.domain.sync.BundleIntake;
import org.villageregistry.domain.sync.PreparedHistory;

/**
 * What a township's import makes of a bundle's changes before the bundle's turn, on the thread that prepares the
 * next bundle ({@link BundlesAhead}): each change's record, read from its state, and its received history's text.
 * Both depend on the change alone, so the bundle's write only looks them up; a change not prepared (a bundle opened
 * at its turn) is read then, the same way.
 */
record PreparedChanges(Map<Change, Optional<RegisterRecord>> records, PreparedHistory history) {
    static final PreparedChanges NONE = new PreparedChanges(Map.of(), PreparedHistory.NONE);

    /** Reads every change's record and makes its history; touches nothing of the register. */
    static PreparedChanges of(List<Change> changes, BundleIntake intake) {
        if (changes.isEmpty()) {
            return NONE;
        }
        Map<Change, Optional<RegisterRecord>> records = new IdentityHashMap<>(changes.size() * 2);
        for (Change c : changes) {
            records.put(c, ReceivedRecords.parse(c));
        }
        return new PreparedChanges(records, intake.prepareHistory(changes));
    }

    /** The change's record as {@link ReceivedRecords#parse} reads it (prepared, or read now). */
    Optional<RegisterRecord> record(Change c) {
        Optional<RegisterRecord> prepared = records.get(c);
        return prepared != null ? prepared : ReceivedRecords.parse(c);
    }
}
