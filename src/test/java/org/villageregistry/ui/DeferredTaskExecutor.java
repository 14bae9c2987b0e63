package org.villageregistry.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.service.task.TaskExecutor;

/** Holds tasks until the test lets them run, so a test can look at the screen while work is "running". */
public final class DeferredTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> pending = new ArrayDeque<>();
    private final SameThreadTaskExecutor runner = new SameThreadTaskExecutor();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        pending.add(task);
        return task;
    }

    public void runPending() {
        while (!pending.isEmpty()) {
            runner.execute(pending.poll());
        }
    }

    @Override
    public void close() {
        pending.clear();
    }
}
