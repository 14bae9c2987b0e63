package org.villageregistry.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

class TaskMonitorTest {
    @Test
    void runningWorkIsListedWithItsProgressUntilItFinishesAndCanBeCancelled() throws Exception {
        SteppedExecutor executor = new SteppedExecutor();
        TaskMonitor monitor = new TaskMonitor(executor, Runnable::run);
        List<String> steps = new ArrayList<>();
        BackgroundTask<String> task = BackgroundTask.<String>of(progress -> {
            progress.update(1, 4);
            progress.message("第 1 个文件");
            return progress.isCancelled() ? "stopped" : "done";
        }).cancellable("正在导入").onSuccess(steps::add);

        monitor.execute(task);
        assertThat(monitor.running()).isEmpty();

        executor.start();
        assertThat(monitor.running()).hasSize(1);
        RunningWork work = monitor.running().get(0);
        assertThat(work.cancellable()).isTrue();
        assertThat(work.messageProperty().get()).isEqualTo("正在导入");
        work.cancel();

        executor.finish();
        assertThat(steps).containsExactly("stopped");
        assertThat(work.progressProperty().get()).isEqualTo(0.25);
        assertThat(work.messageProperty().get()).isEqualTo("第 1 个文件");
        assertThat(monitor.running()).isEmpty();
    }

    @Test
    void theIdleLockCoversTheWindowWhileWorkRunsInsteadOfClosingTheRegister() throws Exception {
        SteppedExecutor executor = new SteppedExecutor();
        TaskMonitor monitor = new TaskMonitor(executor, Runnable::run);
        List<String> happened = new ArrayList<>();
        ShellViewModel shell = new ShellViewModel(new org.villageregistry.domain.workstation.WorkstationInfo(
                java.util.UUID.randomUUID(), org.villageregistry.domain.workstation.WorkstationRole.TOWNSHIP,
                org.villageregistry.domain.division.DivisionCode.of("410103100"), "城关镇",
                java.time.Instant.parse("2025-01-01T00:00:00Z")), new org.villageregistry.domain.workstation
                .SignedInUser("clerk", org.villageregistry.domain.workstation.UserRole.ADMINISTRATOR),
                () -> happened.add("locked"));
        Runnable idle = WorkstationWindow.whenIdle(monitor, shell, () -> happened.add("covered"));
        monitor.execute(BackgroundTask.<String>of(progress -> "done").cancellable("正在导入"));
        executor.start();

        idle.run();
        assertThat(happened).as("an import running").containsExactly("covered");

        executor.finish();
        idle.run();
        assertThat(happened).containsExactly("covered", "locked");
    }

    /** Starts a task and runs it to its end in two steps, so the test can look in between. */
    private static final class SteppedExecutor implements TaskExecutor {
        private BackgroundTask<Object> task;

        @Override
        @SuppressWarnings("unchecked")
        public <T> BackgroundTask<T> execute(BackgroundTask<T> started) {
            task = (BackgroundTask<Object>) started;
            return started;
        }

        void start() {
            task.running();
        }

        void finish() throws Exception {
            task.succeeded(task.runWork());
            task.finished();
        }

        @Override
        public void close() {
        }
    }
}
