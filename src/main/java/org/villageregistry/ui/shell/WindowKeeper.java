package org.villageregistry.ui.shell;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.ui.settings.WindowState;

/**
 * Opens the main window where {@link WindowState#placement} says and remembers, when it closes, its size,
 * position and whether it was maximised in the workstation folder it was started with.
 */
public final class WindowKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(WindowKeeper.class);

    private WindowKeeper() {
    }

    /** Places the stage (call before {@code show()}) and saves its state to {@code home} when it closes. */
    public static void keep(Stage stage, Path home) {
        WindowState place = WindowState.placement(screens(), WindowState.load(home));
        Rectangle2D bounds = place.bounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(place.maximised());
        AtomicReference<Rectangle2D> normal = new AtomicReference<>(bounds);
        InvalidationListener moved = observable -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normal.set(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        };
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            try {
                new WindowState(normal.get(), stage.isMaximized()).save(home);
            } catch (UncheckedIOException notSaved) {
                LOG.warn("The window's size and position were not saved: {}", notSaved.getMessage());
            }
        });
    }

    /** The screens, the main one first. */
    private static List<WindowState.Screen> screens() {
        List<WindowState.Screen> screens = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        screens.add(new WindowState.Screen(primary.getBounds(), primary.getVisualBounds()));
        for (Screen screen : Screen.getScreens()) {
            if (!screen.equals(primary)) {
                screens.add(new WindowState.Screen(screen.getBounds(), screen.getVisualBounds()));
            }
        }
        return screens;
    }
}
