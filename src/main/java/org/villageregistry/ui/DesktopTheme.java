package org.villageregistry.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;

/** The look of the desktop: AtlantaFX Primer Light plus {@code desktop.css}. */
public final class DesktopTheme {
    private static final String STYLESHEET = DesktopTheme.class.getResource("desktop.css").toExternalForm();

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
}
