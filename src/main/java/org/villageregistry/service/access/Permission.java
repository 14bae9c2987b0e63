package org.villageregistry.service.access;

/** What a use case needs the signed-in user's role to allow. The key names what it is in messages. */
public enum Permission {
    /** Register, change and void people, households, events, services and benefits. */
    EDIT_REGISTER,
    /** Export the village's changes (bundles) and the ledger sheet. */
    EXPORT_REGISTER,
    /** Import bundles and receipts, write receipts, decide conflicts, reconcile, upload to the county. */
    TOWNSHIP_SYNC,
    /** Print and save reports. */
    PRINT_REPORTS,
    /** Enrol workstations with each other (exchange keys). */
    MANAGE_KEYS,
    /** Add users, list users. */
    MANAGE_USERS,
    /** Reveal full ID and phone numbers, open health records (each is audited). */
    VIEW_PROTECTED,
    /** Make and restore backups. */
    BACKUP,
    /** List and export the audit log. */
    READ_AUDIT;

    /** The message key of this permission's Chinese/English name. */
    public String messageKey() {
        return "access.permission." + name();
    }
}
