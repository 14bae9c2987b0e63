package org.villageregistry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Decision 0042: on Linux the window's Chinese font is the Noto Sans SC the program ships, before the system's Noto
 * Sans CJK SC of the same design (a collection of CFF faces that took 40 MB more resident).
 */
@ExtendWith(ApplicationExtension.class)
class DesktopThemeFontTest {
    @Start
    void start(Stage stage) {
        DesktopTheme.apply();
    }

    @Test
    void theShippedNotoSansScIsChosenBeforeTheSystemsCollection() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return; // Windows' and macOS's own families come first there
        }
        assertThat(DesktopTheme.chineseFamily()).contains("Noto Sans SC");
        assertThat(Font.font("Noto Sans SC", javafx.scene.text.FontWeight.BOLD, 12).getStyle())
                .as("the bold face is loaded too, not made up").contains("Bold");

        StackPane root = new StackPane();
        DesktopTheme.useChineseFont(root);
        assertThat(root.getStyle()).isEqualTo("-fx-font-family: \"Noto Sans SC\";");
    }
}
