package org.villageregistry.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was when the program last closed, kept in {@code window.properties} of the workstation
 * folder: its position and size while not maximised, and whether it was maximised. Nothing personal is in it.
 * {@link #placement} decides where the window opens: maximised on a screen up to 1366×768 (the common office
 * laptop), else a roomy window in the middle of the main screen; a remembered place only while it is still on a
 * screen (a laptop taken away from its second monitor must not open the window where nobody can see it).
 */
public record WindowState(Rectangle2D bounds, boolean maximised) {
    public static final String FILE = "window.properties";
    /** Screens up to this size open the window maximised: anything smaller cuts labels and columns. */
    public static final double LAPTOP_WIDTH = 1366;
    public static final double LAPTOP_HEIGHT = 768;
    /** The size the window opens at on larger screens (less when the screen has less room). */
    public static final double PREFERRED_WIDTH = 1440;
    public static final double PREFERRED_HEIGHT = 900;
    /** The smallest window the screens are laid out for. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;
    /** How much of the remembered window (its top strip, where the title bar is) must lie on a screen. */
    private static final double VISIBLE_STRIP = 40;

    /** One screen: all of it, and the part windows may use (without taskbars and panels). */
    public record Screen(Rectangle2D bounds, Rectangle2D visualBounds) {
    }

    /** Where the window opens on these screens (the first is the main screen), given what was remembered. */
    public static WindowState placement(List<Screen> screens, Optional<WindowState> remembered) {
        Screen main = screens.get(0);
        Optional<WindowState> stillVisible = remembered.flatMap(state -> state.fitted(screens));
        if (stillVisible.isPresent()) {
            return stillVisible.get();
        }
        Rectangle2D room = main.visualBounds();
        if (main.bounds().getWidth() <= LAPTOP_WIDTH || main.bounds().getHeight() <= LAPTOP_HEIGHT) {
            return new WindowState(room, true);
        }
        double width = Math.min(PREFERRED_WIDTH, room.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, room.getHeight());
        return new WindowState(new Rectangle2D(room.getMinX() + (room.getWidth() - width) / 2,
                room.getMinY() + (room.getHeight() - height) / 2, width, height), false);
    }

    /** This state moved and shrunk onto the screen that holds its title bar, or empty when none does. */
    private Optional<WindowState> fitted(List<Screen> screens) {
        Rectangle2D titleBar = new Rectangle2D(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(),
                Math.min(VISIBLE_STRIP, bounds.getHeight()));
        return screens.stream().map(Screen::visualBounds)
                .filter(room -> overlap(room, titleBar) >= Math.min(VISIBLE_STRIP * VISIBLE_STRIP,
                        titleBar.getWidth() * titleBar.getHeight()))
                .findFirst()
                .map(room -> new WindowState(inside(room), maximised));
    }

    private Rectangle2D inside(Rectangle2D room) {
        double width = Math.min(bounds.getWidth(), room.getWidth());
        double height = Math.min(bounds.getHeight(), room.getHeight());
        double x = Math.max(room.getMinX(), Math.min(bounds.getMinX(), room.getMaxX() - width));
        double y = Math.max(room.getMinY(), Math.min(bounds.getMinY(), room.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width <= 0 || height <= 0 ? 0 : width * height;
    }

    /** What the workstation folder remembers; empty when nothing (or nothing readable) is there. */
    public static Optional<WindowState> load(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            double x = number(properties, "x");
            double y = number(properties, "y");
            double width = number(properties, "width");
            double height = number(properties, "height");
            if (width < 100 || height < 100) {
                return Optional.empty();
            }
            return Optional.of(new WindowState(new Rectangle2D(x, y, width, height),
                    Boolean.parseBoolean(properties.getProperty("maximised", "false").strip())));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static double number(Properties properties, String key) {
        double value = Double.parseDouble(properties.getProperty(key, "").strip());
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " is not a number");
        }
        return value;
    }

    /** Writes the state atomically (a temporary file moved over the old one). */
    public void save(Path home) {
        Properties properties = new Properties();
        properties.setProperty("x", Long.toString(Math.round(bounds.getMinX())));
        properties.setProperty("y", Long.toString(Math.round(bounds.getMinY())));
        properties.setProperty("width", Long.toString(Math.round(bounds.getWidth())));
        properties.setProperty("height", Long.toString(Math.round(bounds.getHeight())));
        properties.setProperty("maximised", Boolean.toString(maximised));
        try {
            Files.createDirectories(home);
            Path temporary = Files.createTempFile(home, "window", ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Village Registry main window");
            }
            Files.move(temporary, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
