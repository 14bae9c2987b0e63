package org.villageregistry.service.task;

/** Runs each task to its end before {@code execute} returns: for tests and the command line. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.running();
        try {
            T result = task.runWork();
            task.succeeded(result);
        } catch (Exception failure) {
            task.failed(failure);
        } finally {
            task.finished();
        }
        return task;
    }

    @Override
    public void close() {
        // nothing runs in the background, so there is nothing to stop
    }
}
