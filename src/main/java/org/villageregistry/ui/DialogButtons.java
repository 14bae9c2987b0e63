package org.villageregistry.ui;

import javafx.event.Event;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.villageregistry.domain.text.Messages;

/**
 * The buttons of the program's dialogs in the program's language: JavaFX's own {@link ButtonType#OK},
 * {@link ButtonType#CANCEL}, {@link ButtonType#YES} and {@link ButtonType#NO} follow the computer's locale and read
 * "OK"/"Cancel" on an English Windows. Each call makes a new type; compare answers with the instance the dialog got.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** 确定: the dialog's default button. */
    public static ButtonType ok() {
        return new ButtonType(Messages.get("desktop.button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** 取消: closes the dialog (also Esc). */
    public static ButtonType cancel() {
        return new ButtonType(Messages.get("desktop.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType yes() {
        return new ButtonType(Messages.get("desktop.button.yes"), ButtonBar.ButtonData.YES);
    }

    public static ButtonType no() {
        return new ButtonType(Messages.get("desktop.button.no"), ButtonBar.ButtonData.NO);
    }

    /**
     * Tab in a multi-line field moves on to the next field as in every other field, instead of typing a tab
     * character (JavaFX's text area moves on only with Ctrl+Tab; Shift+Tab already goes back).
     */
    public static TextArea tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown() && !e.isAltDown()
                    && !e.isMetaDown()) {
                e.consume();
                Event.fireEvent(area, new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        false, true, false, false));
            }
        });
        return area;
    }
}
