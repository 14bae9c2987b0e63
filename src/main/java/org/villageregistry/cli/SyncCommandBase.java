package org.villageregistry.cli;

import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.task.Progress;
import org.villageregistry.sync.SyncModule;

/** Commands over the sync services: the services, and progress messages on standard error. */
abstract class SyncCommandBase extends CommandBase {
    SyncServices sync(Register register) {
        return SyncModule.services(register, clock());
    }

    /** Prints each step's message on standard error; the command line cannot be cancelled but by Ctrl+C. */
    Progress progress() {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public void message(String message) {
                context().err().println(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    static String counts(java.util.Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((kind, n) -> out.append(out.length() == 0 ? "" : "，")
                .append(Messages.get("storage.entity." + kind)).append(' ').append(n));
        return out.toString();
    }
}
