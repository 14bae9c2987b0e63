package org.villageregistry.domain.repository;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log: who did what to which record, chained by hash to the entry before. entityType
 * (wire name) and entityId are null for actions without a record (sign-in); detail holds ids only, never
 * personal data.
 */
public record AuditEntry(long seq, Instant at, String user, String workstation, String action, String entityType,
                         UUID entityId, String detail, String prev, String hash) {
}
