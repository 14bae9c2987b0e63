package org.villageregistry.app;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of JavaFX's pipelines draws the window (decision 0042). JavaFX tries its OpenGL pipeline first and, on a
 * machine without a graphics device, finds Mesa's software renderer, refuses it and draws with its own software
 * pipeline after all: but the try has loaded Mesa and LLVM (about 50 MB resident for the whole session). On Linux
 * without a GPU device node ({@code /dev/dri/card*}, {@code /dev/dri/renderD*}, {@code /dev/nvidia*}) no OpenGL
 * but a software one can exist, so the software pipeline is chosen at once. A {@code prism.order} given by the
 * user is kept; other systems are left to JavaFX.
 */
final class RenderingPipeline {
    static final String PRISM_ORDER = "prism.order";
    static final String SOFTWARE = "sw";

    private RenderingPipeline() {
    }

    /** Sets {@code prism.order=sw} where {@link #choose} says so; returns what was chosen, if anything. */
    static Optional<String> chooseForThisMachine() {
        Optional<String> order = choose(System.getProperty(PRISM_ORDER), System.getProperty("os.name", ""),
                Path.of("/dev"));
        order.ifPresent(value -> System.setProperty(PRISM_ORDER, value));
        return order;
    }

    /** The pipeline to set, or empty to leave JavaFX its own choice. */
    static Optional<String> choose(String givenOrder, String osName, Path dev) {
        if (givenOrder != null && !givenOrder.isBlank()) {
            return Optional.empty();
        }
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        return hasGpuDevice(dev) ? Optional.empty() : Optional.of(SOFTWARE);
    }

    static boolean hasGpuDevice(Path dev) {
        if (Files.exists(dev.resolve("nvidiactl")) || Files.exists(dev.resolve("nvidia0"))) {
            return true;
        }
        Path dri = dev.resolve("dri");
        if (!Files.isDirectory(dri)) {
            return false;
        }
        try (DirectoryStream<Path> nodes = Files.newDirectoryStream(dri)) {
            for (Path node : nodes) {
                String name = node.getFileName().toString();
                if (name.startsWith("card") || name.startsWith("renderD")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | SecurityException unreadable) {
            return true; // cannot tell: JavaFX chooses as it always did
        }
    }
}
