package org.villageregistry.service.task;

/**
 * Runs long work away from the thread that draws the screen. The desktop uses a thread pool that reports
 * back on the JavaFX thread; tests and the command line use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {
    /** Starts the task and returns it, so the caller can cancel it. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Stops accepting work; running work is asked to cancel. */
    @Override
    void close();
}
