package org.villageregistry.service.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A piece of long work (open a register, import a bundle, print a report) with what to do when it starts,
 * succeeds, fails and finishes. A {@link TaskExecutor} decides on which threads these run; the callbacks
 * always run where the caller's UI may be touched.
 */
public final class BackgroundTask<T> implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final Work<T> work;
    private volatile boolean cancelled;
    private boolean cancellable;
    private String title = "";
    private volatile ProgressListener listener = ProgressListener.IGNORE;
    private Runnable onRunning = () -> { };
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Exception> onFailure = BackgroundTask::logUnhandled;
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Exception> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs after success, failure or cancellation, e.g. to hide a progress indicator or wipe a password. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    /**
     * Marks work that checks {@link #isCancelled()} between its steps, so the window offers a cancel button
     * for it; {@code title} says what runs, e.g. "正在导入数据包" (already translated).
     */
    public BackgroundTask<T> cancellable(String title) {
        this.cancellable = true;
        this.title = Objects.requireNonNull(title);
        return this;
    }

    /** A short, user-visible name of the work for the status bar; empty when the work did not say. */
    public BackgroundTask<T> titled(String title) {
        this.title = Objects.requireNonNull(title);
        return this;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    public String title() {
        return title;
    }

    /** Asks the work to stop; work checks {@link #isCancelled()} between its steps. */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void update(long done, long total) {
        listener.progressChanged(total <= 0 ? -1 : Math.min(1.0, (double) done / total));
    }

    @Override
    public void message(String message) {
        listener.messageChanged(message);
    }

    // The methods below are for executors only.

    public void listenWith(ProgressListener progressListener) {
        this.listener = Objects.requireNonNull(progressListener);
    }

    public T runWork() throws Exception {
        return work.run(this);
    }

    public void running() {
        onRunning.run();
    }

    public void succeeded(T result) {
        onSuccess.accept(result);
    }

    public void failed(Exception failure) {
        onFailure.accept(failure);
    }

    public void finished() {
        onFinished.run();
    }

    private static void logUnhandled(Exception failure) {
        LOG.error("Background work failed and nobody handled it", failure);
    }
}
