package org.villageregistry.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.shell.WindowKeeper;
import org.villageregistry.ui.shell.WorkstationWindow;
import org.villageregistry.ui.task.FxTaskExecutor;

/**
 * The desktop program: builds the store, the task executor and the main window by hand and shows the
 * login window for the workstation folder. Started by {@link Launcher}, never directly.
 */
public final class DesktopApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    /** Set this system property to log how long the program took until the login window was on screen. */
    public static final String STARTUP_PROBE = "vreg.startup.probe";
    /**
     * Set this system property as well to close the program once the login window is on screen: the run that
     * records which classes start-up loads (installer/linux/make-classlist.sh) and the smoke test use it.
     */
    public static final String STARTUP_EXIT = "vreg.startup.exit";

    private TaskExecutor executor;
    private WorkstationWindow window;

    /**
     * Opens the desktop; the arguments are empty or only {@code --home DIR}. Returns the exit code when the
     * window closes, or 1 when there is no screen to show it on (the reason goes to the console and the log).
     */
    public static int open(String[] args) {
        JavaFxWarnings.dropUnsupportedConfigurationWarning();
        RenderingPipeline.chooseForThisMachine().ifPresent(order ->
                LOG.info("No graphics device node under /dev: JavaFX's software pipeline (prism.order={})", order));
        try {
            launch(DesktopApp.class, args);
            return 0;
        } catch (RuntimeException noScreen) {
            LOG.error(Messages.get("desktop.startup.failed", noScreen.getMessage()), noScreen);
            return 1;
        }
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) ->
                LOG.error("Unexpected failure on thread {}", thread.getName(), failure));
        Path home = WorkstationHome.resolve(getParameters().getRaw().toArray(String[]::new));
        DesktopTheme.apply();
        executor = new FxTaskExecutor();
        window = new WorkstationWindow(home, SampleWorkstations.below(Path.of("")),
                new Assembly(new H2RegisterStore(), Clock.systemDefaultZone()), Screens::build, executor);
        stage.titleProperty().bind(window.titleProperty());
        stage.setScene(new Scene(window));
        stage.setMinWidth(640);
        stage.setMinHeight(520);
        WindowKeeper.keep(stage, home);
        // with a register open, the window stays (saying so) until it is backed up and closed, then closes itself
        stage.setOnCloseRequest(event -> {
            if (window.closeBeforeExit(stage::close)) {
                event.consume();
            }
        });
        stage.show();
        LOG.info("Desktop started for workstation folder {}", home);
        Platform.runLater(DesktopApp::reportStartup);
        WorkstationHome.fileToOpen(getParameters().getRaw().toArray(String[]::new)).ifPresent(file -> {
            window.openAfterSignIn(file);
            LOG.info("Desktop opened with a sync file to import after sign-in");
        });
    }

    /** The first pulse after show(): the login window is laid out and painted. */
    private static void reportStartup() {
        if (System.getProperty(STARTUP_PROBE) == null) {
            return;
        }
        ProcessHandle.Info process = ProcessHandle.current().info();
        Optional<Instant> started = process.startInstant();
        long millis = started.map(at -> Duration.between(at, Instant.now()).toMillis()).orElse(-1L);
        long cpuMillis = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        LOG.warn("Startup complete: login window shown {} ms after the process started ({} ms CPU)", millis,
                cpuMillis);
        if (System.getProperty(STARTUP_EXIT) != null) {
            Platform.runLater(Platform::exit);
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeRegister();
        }
        if (executor != null) {
            executor.close();
        }
        LOG.info("Desktop closed");
    }
}
