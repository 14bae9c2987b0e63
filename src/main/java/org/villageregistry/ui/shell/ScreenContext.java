package org.villageregistry.ui.shell;

import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.TaskExecutor;

/** What every screen gets when it is built: the services of the open register, the executor, navigation. */
public record ScreenContext(RegisterServices services, TaskExecutor executor, Navigator navigator) {
}
