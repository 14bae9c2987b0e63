package org.villageregistry.ui.task;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.ProgressListener;
import org.villageregistry.service.task.TaskExecutor;

/**
 * Runs work on a pool of background threads (made when needed, ended after half a minute without work) and reports
 * start, progress, result and failure on the JavaFX application thread, so ViewModels may update their
 * properties from the callbacks.
 */
public final class FxTaskExecutor implements TaskExecutor {
    /**
     * Up to this many pieces of work run at once: enough that a long read (the home screen's to-do list, an
     * import of forty bundles) does not hold up the other screens' loads behind it in a queue.
     */
    static final int THREADS = 8;

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), new WorkerThreads());

    public FxTaskExecutor() {
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        pool.execute(new FxTask<>(task));
        return task;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class FxTask<T> extends Task<T> {
        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
            task.listenWith(new ProgressListener() {
                @Override
                public void progressChanged(double fraction) {
                    updateProgress(fraction, 1.0);
                }

                @Override
                public void messageChanged(String message) {
                    updateMessage(message);
                }
            });
            setOnSucceeded(event -> {
                task.succeeded(getValue());
                task.finished();
            });
            setOnFailed(event -> {
                task.failed(asException(getException()));
                task.finished();
            });
            setOnCancelled(event -> task.finished());
        }

        @Override
        protected T call() throws Exception {
            Platform.runLater(task::running);
            return task.runWork();
        }

        private static Exception asException(Throwable failure) {
            return failure instanceof Exception exception ? exception : new IllegalStateException(failure);
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "vreg-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
