package org.villageregistry.ui.audit;

import java.time.ZoneId;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.AuditText;

/**
 * One line of the audit table: when, who, what (in Chinese), which record (its kind and the first characters of
 * its id, never a name or an ID number), on which workstation.
 */
public record AuditRow(long seq, String when, String user, String action, String record, String workstation) {
    static AuditRow of(AuditEntry entry, ZoneId zone) {
        return new AuditRow(entry.seq(), AuditText.when(entry, zone), entry.user(), AuditText.action(entry.action()),
                AuditText.record(entry), AuditText.shortId(entry.workstation()));
    }

    /** The row shown while its page is read. */
    static AuditRow loading() {
        return new AuditRow(0, Messages.get("audit.loading"), "", "", "", "");
    }

    public boolean isLoading() {
        return seq == 0;
    }
}
