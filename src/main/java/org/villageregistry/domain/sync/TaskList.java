package org.villageregistry.domain.sync;

import java.util.List;
import org.villageregistry.domain.sync.SyncRecords.Task;

/**
 * The village's to-do list from receipts: quarantined changes to fix and feedback to act on. Writes run inside {@code
 * Transactions.write} of the register.
 */
public interface TaskList {
    long addTask(Task task);

    List<Task> tasks(boolean openOnly);

    void markTaskDone(long id);
}
