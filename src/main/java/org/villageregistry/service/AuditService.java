package org.villageregistry.service;

import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.repository.Register;

/** Checks that nobody altered the change log or the audit log behind the program's back; lists the audit log. */
public final class AuditService {
    private final Register register;

    public AuditService(Register register) {
        this.register = register;
    }

    /** Re-computes the hash chain of every change and reports the first broken link. */
    public ChainVerification verifyChain() {
        return register.transactions().read(() -> register.changes().verify());
    }

    /** Re-computes the hash chain of the audit log (reveals, health-record views, sign-ins). */
    public ChainVerification verifyAuditLog() {
        return register.transactions().read(() -> register.audit().verify());
    }

    /** Audit entries matching the filter, newest first. */
    public List<AuditEntry> entries(AuditFilter filter, int offset, int limit) {
        Permissions.require(register, Permission.READ_AUDIT);
        return register.transactions().read(() -> register.audit().list(filter, offset, limit));
    }

    /** Notes that the signed-in user opened a health record (a pregnancy or a service visit). */
    public AuditEntry healthRecordViewed(EntityType type, UUID recordId) {
        return register.transactions().write(() ->
                register.audit().append(AuditAction.HEALTH_RECORD_VIEW, type, recordId, null));
    }
}
