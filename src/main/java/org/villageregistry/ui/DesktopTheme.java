package org.villageregistry.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The look of the desktop: AtlantaFX Primer Light, {@code desktop.css} and a font that has Chinese. */
public final class DesktopTheme {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopTheme.class);
    private static final String STYLESHEET = DesktopTheme.class.getResource("desktop.css").toExternalForm();
    /**
     * JavaFX's default "System" font falls back to no Chinese font on Linux (every character a box), so we
     * name one: Windows, macOS, then the usual Linux packages (fonts-noto-cjk, fonts-wqy-microhei).
     */
    private static final List<String> CHINESE_FAMILIES = List.of("Microsoft YaHei UI", "Microsoft YaHei",
            "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "SimSun");

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

    /** Makes the window's text use an installed font with Chinese characters, if there is one. */
    public static void useChineseFont(Parent root) {
        Optional<String> family = chineseFamily();
        family.ifPresentOrElse(name -> root.setStyle("-fx-font-family: \"" + name + "\";"),
                () -> LOG.warn("No font with Chinese characters found; install fonts-noto-cjk (Linux)"));
    }

    public static Optional<String> chineseFamily() {
        Set<String> installed = new HashSet<>(Font.getFamilies());
        return CHINESE_FAMILIES.stream().filter(installed::contains).findFirst();
    }
}
