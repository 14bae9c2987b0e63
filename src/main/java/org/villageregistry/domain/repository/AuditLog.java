package org.villageregistry.domain.repository;

import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;

/**
 * The hash-chained audit log of this workstation: who looked at protected data (full ID and phone numbers,
 * health records) and who signed in. Entries are only ever appended; {@link #verify()} finds any alteration.
 */
public interface AuditLog {
    /**
     * Appends an entry as the signed-in user of this workstation, now. {@code entityType}/{@code entityId}
     * may be null for actions without a record. {@code detail} must hold ids only, never personal data.
     */
    AuditEntry append(AuditAction action, EntityType entityType, UUID entityId, String detail);

    /** Entries matching the filter, newest first, skipping {@code offset}, at most {@code limit}. */
    List<AuditEntry> list(AuditFilter filter, int offset, int limit);

    /** How many entries match the filter. */
    long count(AuditFilter filter);

    /** The names of everyone who has an entry, in order. */
    List<String> userNames();

    /** Re-computes every hash from the first entry and reports the first broken link. */
    ChainVerification verify();
}
