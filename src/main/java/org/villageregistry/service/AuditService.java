package org.villageregistry.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.access.Permission;
import org.villageregistry.service.access.Permissions;
import org.villageregistry.service.task.Progress;

/** Checks that nobody altered the change log or the audit log behind the program's back; lists the audit log. */
public final class AuditService {
    /** Entries read from the register at a time while exporting. */
    static final int EXPORT_PAGE = 1000;

    private final Register register;
    private final ZoneId zone;

    public AuditService(Register register) {
        this(register, ZoneId.systemDefault());
    }

    /** @param zone the workstation's time zone, in which exported times are written */
    public AuditService(Register register, ZoneId zone) {
        this.register = register;
        this.zone = zone;
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

    /** How many audit entries match the filter. */
    public long count(AuditFilter filter) {
        Permissions.require(register, Permission.READ_AUDIT);
        return register.transactions().read(() -> register.audit().count(filter));
    }

    /** Everyone who has an audit entry (signed in, or tried to), for the user filter. */
    public List<String> userNames() {
        Permissions.require(register, Permission.READ_AUDIT);
        return register.transactions().read(() -> register.audit().userNames());
    }

    /**
     * Writes the entries matching the filter, newest first, to a CSV file (UTF-8 with a byte-order mark), and
     * notes the export in the audit log. The file appears under its name only when complete. Returns how many
     * entries were written.
     */
    public long exportCsv(AuditFilter filter, Path file, Progress progress) {
        Permissions.require(register, Permission.READ_AUDIT);
        long total = count(filter);
        Path part = file.resolveSibling("." + file.getFileName() + ".part");
        AuditCsv csv = new AuditCsv(zone);
        long written = 0;
        try {
            try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                csv.header(out);
                for (int offset = 0; ; offset += EXPORT_PAGE) {
                    List<AuditEntry> page = entries(filter, offset, EXPORT_PAGE);
                    for (AuditEntry e : page) {
                        csv.entry(out, e);
                    }
                    written += page.size();
                    progress.update(written, total);
                    if (page.size() < EXPORT_PAGE) {
                        break;
                    }
                }
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RegistryException(e, "audit.export.failed", file.toString(), e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the part file stays hidden beside the target; the next export overwrites it
            }
        }
        long count = written;
        register.transactions().write(() -> register.audit().append(AuditAction.AUDIT_EXPORTED, null, null,
                file.getFileName() + " (" + count + ")"));
        return written;
    }

    /** Notes that the signed-in user opened a health record (a pregnancy or a service visit). */
    public AuditEntry healthRecordViewed(EntityType type, UUID recordId) {
        return register.transactions().write(() ->
                register.audit().append(AuditAction.HEALTH_RECORD_VIEW, type, recordId, null));
    }
}
