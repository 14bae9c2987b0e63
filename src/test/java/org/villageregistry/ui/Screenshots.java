package org.villageregistry.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * What the screenshot programs (AuditScreenshots, EventsScreenshots, LedgerScreenshots, SyncScreenshots) share: they
 * start JavaFX on the real display (run under Xvfb), show a styled window at the top left corner, drive it on the
 * FX thread and have ImageMagick's import save the display. For looking at the screens, not a test.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** Starts the JavaFX runtime and applies the desktop theme. */
    public static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        onFx(DesktopTheme::apply);
    }

    /** Runs the action on the FX thread and waits until it is done. */
    public static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    /** Waits up to a minute for the condition. */
    public static void waitFor(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    /** A scene of the given size over the root, styled as the program styles its windows (on the FX thread). */
    public static Scene scene(Parent root, double width, double height) {
        DesktopTheme.style(root);
        DesktopTheme.useChineseFont(root);
        return new Scene(root, width, height);
    }

    /** Shows the root styled in a new window at the top left corner of the display (on the FX thread). */
    public static Stage show(Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.setScene(scene(root, width, height));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return stage;
    }

    /** Saves the whole display as the PNG file. */
    public static void shoot(Path png) throws Exception {
        new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start().waitFor();
    }

    /** Saves the top left corner of the display, of the given size, as the PNG file. */
    public static void shoot(Path png, int width, int height) throws Exception {
        new ProcessBuilder("import", "-window", "root", "-crop", width + "x" + height + "+0+0", png.toString())
                .inheritIO().start().waitFor();
    }
}
