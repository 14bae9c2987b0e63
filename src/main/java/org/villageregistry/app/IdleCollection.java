package org.villageregistry.app;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * Gives the desktop's memory back after its work (issue 17, decision 0028). The passing work of a screen (reading
 * forty bundles, the to-do lists over 60,000 persons, a report rendered) widens the heap, and the serial
 * collector narrows it only at a full collection, which an idle desktop never has: so the resident set followed
 * the session's busiest moment for the rest of the session. This executor counts the desktop's background work;
 * once the last piece has ended and nothing new has started for a quiet spell, it asks for one full collection,
 * which with the launchers' {@code -XX:-ShrinkHeapInSteps} returns the heap to what is live plus the free share of
 * {@code MaxHeapFreeRatio}. Several pieces of work in a row (a registrar going through the screens) give one
 * collection after the last of them.
 */
final class IdleCollection implements TaskExecutor {
    /** Long enough that the loads a screen starts one after the other count as one spell of work. */
    static final Duration QUIET = Duration.ofSeconds(3);

    private final TaskExecutor delegate;
    private final Runnable collect;
    private final Duration quiet;
    private final ScheduledExecutorService timer;
    private int running;
    private ScheduledFuture<?> pending;

    /** The desktop's: {@link System#gc()} after {@link #QUIET}, on a daemon thread of its own. */
    static IdleCollection of(TaskExecutor delegate) {
        return new IdleCollection(delegate, System::gc, QUIET, Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "vreg-idle-collection");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }));
    }

    IdleCollection(TaskExecutor delegate, Runnable collect, Duration quiet, ScheduledExecutorService timer) {
        this.delegate = Objects.requireNonNull(delegate);
        this.collect = Objects.requireNonNull(collect);
        this.quiet = Objects.requireNonNull(quiet);
        this.timer = Objects.requireNonNull(timer);
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        started();
        try {
            delegate.execute(BackgroundTask.<T>of(progress -> task.runWork())
                    .onRunning(task::running)
                    .onSuccess(task::succeeded)
                    .onFailure(task::failed)
                    .onFinished(() -> {
                        try {
                            task.finished();
                        } finally {
                            ended();
                        }
                    }));
        } catch (RuntimeException refused) {
            ended();
            throw refused;
        }
        return task;
    }

    private synchronized void started() {
        running++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private synchronized void ended() {
        running--;
        if (running == 0 && !timer.isShutdown()) {
            pending = timer.schedule(this::collectIfStillQuiet, quiet.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void collectIfStillQuiet() {
        synchronized (this) {
            if (running > 0) {
                return;
            }
            pending = null;
        }
        collect.run();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        delegate.close();
    }
}
