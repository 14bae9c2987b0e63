package org.villageregistry.domain.repository;

import java.time.Instant;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;

/**
 * One entry of the change log (BUNDLE.md): the full new state of a record as canonical JSON, chained by
 * hash to the previous change. op is "upsert" or "void".
 */
public record Change(
        long changeId,
        String origin,
        EntityType entityType,
        UUID entityId,
        long baseVersion,
        long version,
        String op,
        String stateJson,
        String author,
        Instant at,
        String prev,
        String hash) {
}
