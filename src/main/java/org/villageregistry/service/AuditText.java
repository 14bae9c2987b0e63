package org.villageregistry.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.villageregistry.domain.repository.AuditEntry;
import org.villageregistry.domain.text.Messages;

/**
 * An audit entry in the registrar's words, as the audit screen and its CSV show it: the action in Chinese, the
 * record as its kind and the first characters of its id (never a name or an ID number), a short workstation id.
 */
public final class AuditText {
    /** How many characters of a record or workstation id are shown; enough to find it, short enough to read. */
    public static final int SHORT_ID = 8;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditText() {
    }

    /** e.g. "2026-11-30 16:15:00" in the workstation's time zone. */
    public static String when(AuditEntry entry, ZoneId zone) {
        return WHEN.format(entry.at().atZone(zone));
    }

    /** e.g. "查看身份证号"; an action this version does not know is shown as stored. */
    public static String action(String action) {
        String key = "audit.action." + action;
        return Messages.bundle(Messages.locale()).containsKey(key) ? Messages.get(key) : action;
    }

    /** The kind of record, e.g. "人员"; empty for entries without a record (a sign-in). */
    public static String recordType(AuditEntry entry) {
        if (entry.entityType() == null) {
            return "";
        }
        String key = "storage.entity." + entry.entityType();
        return Messages.bundle(Messages.locale()).containsKey(key) ? Messages.get(key) : entry.entityType();
    }

    /** e.g. "人员 3f2a9c1e"; empty for entries without a record. */
    public static String record(AuditEntry entry) {
        if (entry.entityId() == null) {
            return recordType(entry);
        }
        return (recordType(entry) + " " + shortId(entry.entityId().toString())).strip();
    }

    /** The first {@value #SHORT_ID} characters of an id. */
    public static String shortId(String id) {
        return id == null ? "" : id.substring(0, Math.min(SHORT_ID, id.length()));
    }
}
