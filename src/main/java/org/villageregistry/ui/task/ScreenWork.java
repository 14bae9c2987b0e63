package org.villageregistry.ui.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.Progress;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;

/**
 * The one way a ViewModel runs its long work: one piece at a time through the executor, with its progress (0 to
 * 1, or -1 while unknown), its step message, the error line and a cancel. The state lives here, in the
 * ViewModel, not in the view: a registrar who leaves the screen while an import runs and comes back finds the
 * import still running, and a second piece of work is refused until the first has finished.
 */
public final class ScreenWork {
    /** Work that reports its progress and checks for cancel between its steps. */
    @FunctionalInterface
    public interface Step<T> {
        T run(Progress progress) throws Exception;
    }

    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Logger log;
    private final String cancelledText;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The work the progress row shows: the latest started. */
    private BackgroundTask<?> current;
    /** The work started with {@link #run} that still runs (at most one), and its title. */
    private BackgroundTask<?> exclusive;
    private String exclusiveTitle = "";
    private int active;

    /** @param uiThread where progress from the worker thread is handed over ({@code Platform::runLater}) */
    public ScreenWork(TaskExecutor executor, Executor uiThread, Logger log) {
        this(executor, uiThread, log, "");
    }

    /** @param cancelledText the error line after a cancel (e.g. "已取消，没有保存任何内容。"); empty for the failure text */
    public ScreenWork(TaskExecutor executor, Executor uiThread, Logger log, String cancelledText) {
        this.executor = Objects.requireNonNull(executor);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.log = Objects.requireNonNull(log);
        this.cancelledText = Objects.requireNonNull(cancelledText);
    }

    /**
     * Runs {@code work} in the background; {@code done} gets its result where the screen may be touched. While
     * other work of this screen runs, nothing starts: the error line says what still runs, and the answer is
     * false.
     *
     * @param title what runs, shown beside the progress bar and in the status bar (already translated)
     * @param what  what runs, in English, for the log when it fails
     */
    public <T> boolean run(String title, String what, Step<T> work, Consumer<T> done) {
        if (refuses()) {
            return false;
        }
        start(title, what, work, done, true);
        return true;
    }

    /**
     * True, with the error line saying what still runs, while work started with {@link #run} has not finished:
     * a ViewModel asks before it clears what the screen shows for the next piece of work.
     */
    public boolean refuses() {
        if (exclusive == null) {
            return false;
        }
        error.set(Messages.get("task.busy", exclusiveTitle));
        return true;
    }

    /**
     * Runs a read only when nothing else of this screen runs, and says nothing when it does not: a screen shown
     * again while its import runs keeps showing the import, whose end brings the fresh state anyway. A read
     * does not hold up what the registrar starts next (a file double-clicked while the screen loads).
     */
    public <T> boolean runWhenIdle(String title, String what, Step<T> work, Consumer<T> done) {
        if (active > 0) {
            return false;
        }
        start(title, what, work, done, false);
        return true;
    }

    private <T> void start(String title, String what, Step<T> work, Consumer<T> done, boolean alone) {
        active++;
        busy.set(true);
        error.set("");
        progress.set(-1);
        step.set(title);
        BackgroundTask<T> task = BackgroundTask.<T>of(t -> work.run(new Progress() {
            @Override
            public void update(long n, long total) {
                t.update(n, total);
                double fraction = total <= 0 ? -1 : Math.min(1.0, (double) n / total);
                uiThread.execute(() -> {
                    if (current == t) {
                        progress.set(fraction);
                    }
                });
            }

            @Override
            public void message(String message) {
                t.message(message);
                uiThread.execute(() -> {
                    if (current == t) {
                        step.set(message);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return t.isCancelled();
            }
        }));
        current = task;
        if (alone) {
            exclusive = task;
            exclusiveTitle = title;
        }
        executor.execute(task.cancellable(title)
                .onSuccess(result -> {
                    if (current == task) {
                        progress.set(1);
                        step.set("");
                    }
                    done.accept(result);
                })
                .onFailure(f -> {
                    if (current == task) {
                        step.set("");
                    }
                    error.set(task.isCancelled() && !cancelledText.isEmpty() ? cancelledText
                            : FailureText.of(f, log, what));
                })
                .onFinished(() -> {
                    active--;
                    if (exclusive == task) {
                        exclusive = null;
                        exclusiveTitle = "";
                    }
                    if (current == task) {
                        current = exclusive;
                    }
                    busy.set(active > 0);
                }));
    }

    /** Asks the running work to stop at its next step. */
    public void cancel() {
        BackgroundTask<?> task = exclusive != null ? exclusive : current;
        if (task != null) {
            task.cancel();
        }
    }

    /** Shows a message in the error line (a choice the ViewModel refused before any work started). */
    public void fail(String message) {
        error.set(message);
    }

    public void clearError() {
        error.set("");
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
