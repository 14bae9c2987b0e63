package org.villageregistry.domain.repository;

import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.NotFoundException;

/**
 * Storage of one kind of record. Every save runs inside {@link Transactions#write} and appends its change
 * to the change log in the same transaction.
 */
public interface RecordRepository<T extends RegisterRecord> {
    Optional<T> find(UUID id);

    default T get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("error.notFound.record", id));
    }

    /**
     * Inserts a record whose version is 0, or updates one whose version equals the stored version.
     * Returns the saved record with its new version. A stale version is refused with
     * {@link org.villageregistry.domain.text.StaleRecordException}; nothing is lost silently.
     */
    T save(T record);

    /** Stores a record exactly as received from its owner (import at the township); appends no local change. */
    T saveReceived(T record);
}
