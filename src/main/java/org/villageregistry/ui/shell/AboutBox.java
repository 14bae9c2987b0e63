package org.villageregistry.ui.shell;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.AppVersion;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.DialogButtons;

/** 关于: the program's name, version and build date. */
public final class AboutBox {
    private AboutBox() {
    }

    /** The text the box shows, e.g. "版本 0.1.0，构建于 2026-11-30". */
    public static String text(AppVersion version) {
        return Messages.get("shell.about.text", version.version(), version.built());
    }

    public static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, text(AppVersion.current()),
                DialogButtons.ok());
        about.initOwner(owner);
        about.setTitle(Messages.get("shell.about"));
        about.setHeaderText(Messages.get("app.title"));
        DesktopTheme.dress(about);
        about.showAndWait();
    }
}
