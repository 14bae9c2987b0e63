package org.villageregistry.ui.shell;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.villageregistry.service.task.BackgroundTask;

/** One piece of background work as the status bar shows it: what it is, how far it got, and cancel. */
public final class RunningWork {
    private final BackgroundTask<?> task;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message;

    RunningWork(BackgroundTask<?> task) {
        this.task = task;
        this.message = new ReadOnlyStringWrapper(task.title());
    }

    public boolean cancellable() {
        return task.isCancellable();
    }

    /** Asks the work to stop at its next step. */
    public void cancel() {
        task.cancel();
    }

    public boolean cancelRequested() {
        return task.isCancelled();
    }

    void progressChanged(double fraction) {
        progress.set(fraction);
    }

    void messageChanged(String text) {
        message.set(text);
    }

    /** 0 to 1, or -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
