package org.villageregistry.storage;

import org.villageregistry.domain.sync.BundleIntake;
import org.villageregistry.domain.sync.ConflictLog;
import org.villageregistry.domain.sync.Delivery;
import org.villageregistry.domain.sync.Keyring;
import org.villageregistry.domain.sync.MonthlySignoffs;
import org.villageregistry.domain.sync.Outbox;
import org.villageregistry.domain.sync.QuarantineLog;
import org.villageregistry.domain.sync.SyncState;
import org.villageregistry.domain.sync.TaskList;
import org.villageregistry.domain.sync.VillageFeedback;

/** The sync tables of V2__sync.sql (and the sign-off of V9__signoff.sql), one class per concern; the workstation keys sealed under the database key. */
record JdbcSyncState(Keyring keys, BundleIntake intake, QuarantineLog quarantine, ConflictLog conflicts,
                     VillageFeedback feedback, Delivery delivery, TaskList tasks, Outbox outbox,
                     MonthlySignoffs signoffs) implements SyncState {
    static JdbcSyncState over(JdbcTransactions tx, DatabaseKey key, java.time.Clock clock) {
        return new JdbcSyncState(new JdbcKeyring(tx, key, clock), new JdbcBundleIntake(tx),
                new JdbcQuarantineLog(tx), new JdbcConflictLog(tx), new JdbcVillageFeedback(tx, clock),
                new JdbcDelivery(tx), new JdbcTaskList(tx), new JdbcOutbox(tx),
                new JdbcMonthlySignoffs(tx));
    }
}
