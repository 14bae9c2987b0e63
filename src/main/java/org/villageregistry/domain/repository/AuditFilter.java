package org.villageregistry.domain.repository;

import java.time.Instant;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;

/**
 * Which audit entries to list; a null component does not filter. {@code to} is exclusive. {@code idText} finds
 * entries whose record id contains it (the first characters of an id, as the audit screen shows them).
 */
public record AuditFilter(Instant from, Instant to, String user, AuditAction action, UUID entityId,
                          EntityType entityType, String idText) {
    /** Without record type and id text (the filters of the command line). */
    public AuditFilter(Instant from, Instant to, String user, AuditAction action, UUID entityId) {
        this(from, to, user, action, entityId, null, null);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    public AuditFilter between(Instant fromInclusive, Instant toExclusive) {
        return new AuditFilter(fromInclusive, toExclusive, user, action, entityId, entityType, idText);
    }

    public AuditFilter byUser(String userName) {
        return new AuditFilter(from, to, userName, action, entityId, entityType, idText);
    }

    public AuditFilter of(AuditAction kind) {
        return new AuditFilter(from, to, user, kind, entityId, entityType, idText);
    }

    public AuditFilter about(UUID id) {
        return new AuditFilter(from, to, user, action, id, entityType, idText);
    }

    public AuditFilter onRecordsOf(EntityType type) {
        return new AuditFilter(from, to, user, action, entityId, type, idText);
    }

    /** Entries whose record id contains this text (case ignored); blank does not filter. */
    public AuditFilter withIdContaining(String text) {
        String t = text == null || text.isBlank() ? null : text.strip();
        return new AuditFilter(from, to, user, action, entityId, entityType, t);
    }
}
