package org.villageregistry.domain.sync;

/**
 * What sync keeps in the register (BUNDLE.md), one part per concern. Writes run inside {@code Transactions.write}
 * of the same register, so an import's progress, quarantine and records commit together or not at all.
 */
public interface SyncState {
    Keyring keys();

    BundleIntake intake();

    QuarantineLog quarantine();

    ConflictLog conflicts();

    VillageFeedback feedback();

    Delivery delivery();

    TaskList tasks();

    Outbox outbox();

    /** Monthly sign-off (审核): submitted months and the township's decisions. */
    MonthlySignoffs signoffs();
}
