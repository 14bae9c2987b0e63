package org.villageregistry.cli.archfixture;

import javafx.stage.Stage;

/** Breaks "only ui and app touch JavaFX" on purpose. */
public class CommandShowingWindow {
    public String title(Stage stage) {
        return stage.getTitle();
    }
}
