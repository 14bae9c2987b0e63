package org.villageregistry.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.ProgressListener;
import org.villageregistry.service.task.TaskExecutor;

/**
 * The executor the screens get: runs each task on the real executor and keeps the list of running work, with
 * progress and message, for the status bar. Progress arrives on worker threads and is handed to the UI thread
 * through {@code onUiThread}; start and end arrive where the executor reports them (the FX thread).
 */
public final class TaskMonitor implements TaskExecutor {
    private final TaskExecutor delegate;
    private final Consumer<Runnable> onUiThread;
    private final ObservableList<RunningWork> running = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a fresh wrapper would be dropped with it. */
    private final ObservableList<RunningWork> runningView = FXCollections.unmodifiableObservableList(running);

    public TaskMonitor(TaskExecutor delegate, Consumer<Runnable> onUiThread) {
        this.delegate = Objects.requireNonNull(delegate);
        this.onUiThread = Objects.requireNonNull(onUiThread);
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        RunningWork work = new RunningWork(task);
        task.listenWith(new ProgressListener() {
            @Override
            public void progressChanged(double fraction) {
                onUiThread.accept(() -> work.progressChanged(fraction));
            }

            @Override
            public void messageChanged(String message) {
                onUiThread.accept(() -> work.messageChanged(message));
            }
        });
        delegate.execute(BackgroundTask.<T>of(progress -> task.runWork())
                .onRunning(() -> {
                    running.add(work);
                    task.running();
                })
                .onSuccess(task::succeeded)
                .onFailure(task::failed)
                .onFinished(() -> {
                    running.remove(work);
                    task.finished();
                }));
        return task;
    }

    /** Work started and not yet finished, oldest first. */
    public ObservableList<RunningWork> running() {
        return runningView;
    }

    @Override
    public void close() {
        running.forEach(RunningWork::cancel);
        delegate.close();
    }
}
