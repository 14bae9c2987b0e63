package org.villageregistry.domain.repository;

import java.time.Instant;
import java.util.UUID;

/** Which audit entries to list; a null component does not filter. {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, String user, AuditAction action, UUID entityId) {
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter between(Instant fromInclusive, Instant toExclusive) {
        return new AuditFilter(fromInclusive, toExclusive, user, action, entityId);
    }

    public AuditFilter byUser(String userName) {
        return new AuditFilter(from, to, userName, action, entityId);
    }

    public AuditFilter of(AuditAction kind) {
        return new AuditFilter(from, to, user, kind, entityId);
    }

    public AuditFilter about(UUID id) {
        return new AuditFilter(from, to, user, action, id);
    }
}
