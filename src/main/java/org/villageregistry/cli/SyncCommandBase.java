package org.villageregistry.cli;

import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.Progress;

/** Commands over the sync services: the services, and progress messages on standard error. */
abstract class SyncCommandBase extends CommandBase {
    /** Prints each step's message on standard error; the command line cannot be cancelled but by Ctrl+C. */
    Progress progress() {
        return Progress.messagesTo(context().err()::println);
    }

    static String counts(java.util.Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((kind, n) -> out.append(out.length() == 0 ? "" : "，")
                .append(Messages.get("storage.entity." + kind)).append(' ').append(n));
        return out.toString();
    }
}
