package org.villageregistry.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.report.ShippedFonts;

/** The look of the desktop: AtlantaFX Primer Light, {@code desktop.css} and a font that has Chinese. */
public final class DesktopTheme {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopTheme.class);
    private static final String STYLESHEET = DesktopTheme.class.getResource("desktop.css").toExternalForm();
    /**
     * JavaFX's default "System" font falls back to no Chinese font on some Linux systems (every character a box),
     * so we name one. Windows' and macOS's own come first. Then the Noto Sans SC the program ships (TrueType, the
     * Simplified Chinese cut only): the same design as the Noto Sans CJK SC of Linux's fonts-noto-cjk, which is a
     * collection of every CJK language's faces in CFF outlines and took 40 MB more resident for the whole session
     * (the fonts' files and what the rasteriser keeps; decision 0042). The installed Linux families are left for
     * when the shipped font cannot be loaded.
     */
    private static final List<String> SYSTEM_FAMILIES = List.of("Microsoft YaHei UI", "Microsoft YaHei",
            "PingFang SC", "Hiragino Sans GB");
    private static final List<String> LINUX_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "SimSun");

    /** The fonts the build copies from ph-fonts-noto-sans-sc (see ReportFonts); regular first. */
    private static final List<String> SHIPPED_FONTS = List.of(ShippedFonts.REGULAR, ShippedFonts.BOLD);
    private static Optional<String> shipped;

    private DesktopTheme() {
    }

    /** Call once on the JavaFX thread before the first window is shown. */
    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds our own style classes to a view (e.g. {@code panel-card}). */
    public static void style(Parent view) {
        if (!view.getStylesheets().contains(STYLESHEET)) {
            view.getStylesheets().add(STYLESHEET);
        }
    }

    /** Makes the window's text use a font with Chinese characters: an installed one, else the one we ship. */
    public static void useChineseFont(Parent root) {
        Optional<String> family = chineseFamily();
        family.ifPresentOrElse(name -> root.setStyle("-fx-font-family: \"" + name + "\";"),
                () -> LOG.warn("No font with Chinese characters found; install fonts-noto-cjk (Linux)"));
    }

    /**
     * Every dialog and alert goes through here before it is shown: a dialog is a window of its own and does not
     * inherit the main window's font, so without it its text and buttons are boxes on Linux.
     */
    public static void dress(Dialog<?> dialog) {
        useChineseFont(dialog.getDialogPane());
    }

    public static Optional<String> chineseFamily() {
        Set<String> installed = new HashSet<>(Font.getFamilies());
        return SYSTEM_FAMILIES.stream().filter(installed::contains).findFirst().or(DesktopTheme::shippedFamily)
                .or(() -> LINUX_FAMILIES.stream().filter(installed::contains).findFirst());
    }

    /**
     * Noto Sans SC from the program's own files (the reports embed it too), loaded once: from its file
     * ({@link ShippedFonts}) where there is one, so JavaFX does not copy 20 MB into a temporary file at every start.
     */
    private static synchronized Optional<String> shippedFamily() {
        if (shipped == null) {
            shipped = Optional.empty();
            for (String file : SHIPPED_FONTS) {
                Optional<java.nio.file.Path> path = ShippedFonts.file(file);
                try (InputStream in = path.isPresent() ? null : DesktopTheme.class.getResourceAsStream(file)) {
                    Font font = path.isPresent() ? Font.loadFont(path.get().toUri().toString(),
                            Font.getDefault().getSize())
                            : in == null ? null : Font.loadFont(in, Font.getDefault().getSize());
                    if (font != null && shipped.isEmpty()) {
                        shipped = Optional.of(font.getFamily());
                    }
                } catch (IOException e) {
                    LOG.warn("Could not load the shipped Chinese font {}: {}", file, e.toString());
                }
            }
        }
        return shipped;
    }
}
