package org.villageregistry.ui.guide;

import org.villageregistry.app.TestSessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.SameThreadTaskExecutor;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.storage.H2RegisterStore;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.shell.WorkstationWindow;

/**
 * The screenshot command of the user guide, and a test that every screen of both workstations opens on the
 * sample township: signs in to a copy of sample-data/village-01 as the registrar and to a copy of the township
 * as the clerk, opens every entry of the navigation in turn and saves the window as a PNG. The images land in
 * target/guide-images; to refresh the guide's pictures run
 * {@code ./mvnw -B test -Dtest=GuideScreenshotsTest -Dvreg.guide.images=docs/guide/images}.
 */
@ExtendWith(ApplicationExtension.class)
class GuideScreenshotsTest {
    private static final String PASSWORD = "sample-password-2026";
    private static final Path SAMPLE_DATA = Path.of("sample-data");

    @TempDir
    static Path temp;
    private final Path images = Path.of(System.getProperty("vreg.guide.images", "target/guide-images"));
    private Stage stage;
    private WorkstationWindow window;
    private final FailureRecorder executor = new FailureRecorder();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DesktopTheme.apply();
    }

    @AfterEach
    void close() {
        if (window != null) {
            Platform.runLater(window::closeRegister);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void theRegistrarOfVillage01OpensEveryScreenOfTheVillageWorkstation(FxRobot robot) throws Exception {
        List<Path> shots = signInAndVisitEveryScreen(robot, "village-01", "registrar", "village");
        assertThat(shots).extracting(p -> p.getFileName().toString())
                .contains("village-screen-people.png", "village-screen-events.png", "village-screen-sync.png");
    }

    @Test
    void theClerkOfTheTownshipOpensEveryScreenOfTheTownshipWorkstation(FxRobot robot) throws Exception {
        List<Path> shots = signInAndVisitEveryScreen(robot, "township", "clerk", "township");
        assertThat(shots).extracting(p -> p.getFileName().toString())
                .contains("township-screen-villages.png", "township-screen-conflicts.png");
    }

    private List<Path> signInAndVisitEveryScreen(FxRobot robot, String sample, String user, String prefix)
            throws Exception {
        Messages.setLocale(Messages.CHINESE);
        Path home = temp.resolve(sample + "-" + System.nanoTime());
        copy(SAMPLE_DATA.resolve(sample), home);
        Files.createDirectories(images);
        robot.interact(() -> {
            window = new WorkstationWindow(home, List.of(), temp.resolve("copies"),
                    TestSessions.program(new H2RegisterStore(), Clock.systemDefaultZone()), TestSessions.SCREENS, executor, Runnable::run);
            stage.setScene(new Scene(window, 1280, 800));
            stage.show();
        });
        robot.clickOn("#user-name").write(user);
        robot.clickOn("#password").write(PASSWORD);
        List<Path> shots = new ArrayList<>();
        shots.add(save(prefix + "-login.png"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.openRegister()).as("%s signed in to %s", user, sample).isPresent();

        List<Node> entries = List.copyOf(robot.lookup(".nav-entry").queryAll());
        assertThat(entries).as("navigation of %s", sample).hasSizeGreaterThan(4);
        for (Node entry : entries) {
            robot.clickOn(entry);
            WaitForAsyncUtils.waitForFxEvents();
            String name = entry.getId().replaceFirst("^nav-", "");
            assertThat(((javafx.scene.control.ToggleButton) entry).isSelected())
                    .as("%s opened without a question", name).isTrue();
            assertThat(executor.failures).as("work that failed on %s", name).isEmpty();
            shots.add(save(prefix + "-" + name + ".png"));
            assertThat(((Labeled) entry).getText()).isNotBlank();
        }
        return shots;
    }

    /** The window as the registrar sees it; fails on a blank picture (a screen that drew nothing). */
    private Path save(String fileName) throws IOException {
        AtomicReference<BufferedImage> picture = new AtomicReference<>();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> picture.set(SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null))));
        BufferedImage image = picture.get();
        assertThat(colours(image)).as("colours in %s", fileName).isGreaterThan(16);
        Path file = images.resolve(fileName);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Runs each task on the calling thread, as the tests do, and keeps every failure a screen's work met. */
    private static final class FailureRecorder implements TaskExecutor {
        private final SameThreadTaskExecutor delegate = new SameThreadTaskExecutor();
        private final List<Exception> failures = new ArrayList<>();

        @Override
        public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
            delegate.execute(BackgroundTask.<T>of(progress -> task.runWork())
                    .onRunning(task::running)
                    .onSuccess(task::succeeded)
                    .onFailure(failure -> {
                        failures.add(failure);
                        task.failed(failure);
                    })
                    .onFinished(task::finished));
            return task;
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
