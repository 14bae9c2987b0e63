package org.villageregistry.ui.shell;

import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.session.Session;

/**
 * What every screen gets when it is built: the session (every service over the open register, built once by the
 * composition root), the executor for long work, and navigation.
 */
public record ScreenContext(Session session, TaskExecutor executor, Navigator navigator) {
    /** The use cases of the register (persons, events, statistics…), the part of the session most screens need. */
    public RegisterServices services() {
        return session.services();
    }
}
