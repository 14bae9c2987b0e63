package org.villageregistry.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.villageregistry.service.task.BackgroundTask;

/**
 * After sign-in the home screen's to-do list and an import may both take long: the other screens' loads run
 * beside them, not in a queue behind them.
 */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {
    @Start
    void start(Stage stage) {
        // the executor reports on the JavaFX thread, which ApplicationExtension starts
    }

    @Test
    void aShortReadDoesNotWaitForLongWorkAlreadyRunning() throws Exception {
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            CountDownLatch longWorkMayEnd = new CountDownLatch(1);
            CountDownLatch longWorkRunning = new CountDownLatch(3);
            for (int i = 0; i < 3; i++) { // an import, the home screen's to-do list, the data-quality check
                executor.execute(BackgroundTask.<Void>of(p -> {
                    longWorkRunning.countDown();
                    longWorkMayEnd.await(20, TimeUnit.SECONDS);
                    return null;
                }));
            }
            CountDownLatch villagesShown = new CountDownLatch(1);
            executor.execute(BackgroundTask.of(p -> "各村").onSuccess(v -> villagesShown.countDown()));

            assertThat(longWorkRunning.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(villagesShown.await(5, TimeUnit.SECONDS)).isTrue();
            longWorkMayEnd.countDown();
        }
    }
}
