package org.villageregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.service.task.TaskExecutor;

/** The desktop asks for one full collection once its background work has ended and stayed quiet (issue 17). */
class IdleCollectionTest {
    private static final Duration QUIET = Duration.ofMillis(150);
    private final AtomicInteger collections = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private IdleCollection over(TaskExecutor delegate) {
        return new IdleCollection(delegate, collections::incrementAndGet, QUIET, timer);
    }

    @Test
    void oneCollectionAfterTheWorkHasEndedAndTheQuietSpellHasPassed() throws Exception {
        IdleCollection executor = over(new SameThreadTaskExecutor());
        List<String> seen = new ArrayList<>();

        executor.execute(BackgroundTask.of(progress -> "done").onRunning(() -> seen.add("running"))
                .onSuccess(seen::add).onFinished(() -> seen.add("finished")));

        assertThat(seen).containsExactly("running", "done", "finished");
        assertThat(collections).as("not before the quiet spell").hasValue(0);
        Thread.sleep(QUIET.toMillis() * 3);
        assertThat(collections).hasValue(1);
        Thread.sleep(QUIET.toMillis() * 2);
        assertThat(collections).as("once, not again and again while idle").hasValue(1);
    }

    @Test
    void workInARowGivesOneCollectionAfterTheLastPiece() throws Exception {
        IdleCollection executor = over(new SameThreadTaskExecutor());

        for (int i = 0; i < 5; i++) {
            executor.execute(BackgroundTask.of(progress -> null));
            Thread.sleep(QUIET.toMillis() / 3);
        }
        assertThat(collections).hasValue(0);
        Thread.sleep(QUIET.toMillis() * 3);
        assertThat(collections).hasValue(1);
    }

    @Test
    void nothingIsCollectedWhileWorkRunsAndFailuresCountAsEnded() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        TaskExecutor background = new TaskExecutor() {
            @Override
            public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
                threads.execute(() -> new SameThreadTaskExecutor().execute(task));
                return task;
            }

            @Override
            public void close() {
                threads.shutdownNow();
            }
        };
        IdleCollection executor = over(background);
        CountDownLatch release = new CountDownLatch(1);
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        executor.execute(BackgroundTask.of(progress -> {
            release.await();
            return null;
        }));
        executor.execute(BackgroundTask.<Void>of(progress -> {
            throw new IllegalStateException("坏的数据包");
        }).onFailure(failures::add));
        Thread.sleep(QUIET.toMillis() * 3);
        assertThat(collections).as("the first piece still runs").hasValue(0);

        release.countDown();
        Thread.sleep(QUIET.toMillis() * 4);
        assertThat(collections).hasValue(1);
        assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("坏的数据包");
        executor.close();
        assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
}
