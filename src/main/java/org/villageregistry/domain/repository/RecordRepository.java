package org.villageregistry.domain.repository;

import org.villageregistry.domain.record.EntityType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.NotFoundException;

/**
 * Storage of one kind of record. Every save runs inside {@link Transactions#write} and appends its change
 * to the change log in the same transaction.
 */
public interface RecordRepository<T extends RegisterRecord> {
    /** The kind of record kept here. */
    EntityType kind();

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

    /** The stored version and owner of a record, without its state. */
    record Stored(UUID id, long version, String owner) {
    }

    /** Versions and owners of the stored records among {@code ids} (one query per few hundred ids). */
    default Map<UUID, Stored> storedVersions(Collection<UUID> ids) {
        Map<UUID, Stored> out = new LinkedHashMap<>();
        for (UUID id : ids) {
            find(id).ifPresent(r -> out.put(id, new Stored(id, r.version(), r.owner())));
        }
        return out;
    }

    /** {@link #saveReceived} for many records at once (JDBC batches), in the current write transaction. */
    default void saveReceivedAll(Collection<T> records) {
        records.forEach(this::saveReceived);
    }

    /**
     * As {@link #saveReceivedAll}, when the caller knows which of the records may be stored already ({@code
     * stored}: it read their versions in the same transaction): the others are inserted without first removing
     * an old row, which a township's first import of a village would look for in vain for every record.
     */
    default void saveReceivedAll(Collection<T> records, java.util.Set<java.util.UUID> stored) {
        saveReceivedAll(records);
    }

    /**
     * As {@link #saveReceivedAll(Collection, java.util.Set)}; {@code asReceived} holds, by record id, the JSON state
     * each record arrived as (it was read from that text and is saved unchanged), which may be kept as its state
     * instead of writing the record again.
     */
    default void saveReceivedAll(Collection<T> records, java.util.Set<java.util.UUID> stored,
                                 Map<UUID, String> asReceived) {
        saveReceivedAll(records, stored);
    }
}
