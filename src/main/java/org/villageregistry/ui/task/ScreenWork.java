package org.villageregistry.ui.sync;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.Progress;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;

/**
 * The running part the sync screens share: one piece of work at a time through the executor, its progress
 * (0 to 1, shown in the screen's own progress bar), its step message, the error line and a cancel.
 */
final class SyncWork {
    /** Work that reports its progress. */
    @FunctionalInterface
    interface Step<T> {
        T run(Progress progress) throws Exception;
    }

    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Logger log;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private BackgroundTask<?> running;

    SyncWork(TaskExecutor executor, Executor uiThread, Logger log) {
        this.executor = Objects.requireNonNull(executor);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.log = log;
    }

    /** Runs {@code work} in the background; {@code done} gets its result where the screen may be touched. */
    <T> void run(String title, String what, Step<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        error.set("");
        progress.set(-1);
        step.set(title);
        running = executor.execute(BackgroundTask.<T>of(task -> work.run(new Progress() {
            @Override
            public void update(long n, long total) {
                task.update(n, total);
                double fraction = total <= 0 ? -1 : Math.min(1.0, (double) n / total);
                uiThread.execute(() -> progress.set(fraction));
            }

            @Override
            public void message(String message) {
                task.message(message);
                uiThread.execute(() -> step.set(message));
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        })).cancellable(title)
                .onSuccess(result -> {
                    progress.set(1);
                    step.set("");
                    done.accept(result);
                })
                .onFailure(f -> {
                    step.set("");
                    error.set(FailureText.of(f, log, what));
                })
                .onFinished(() -> {
                    busy.set(false);
                    running = null;
                }));
    }

    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    void fail(String message) {
        error.set(message);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
