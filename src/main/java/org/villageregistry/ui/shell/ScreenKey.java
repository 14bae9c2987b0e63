package org.villageregistry.ui.shell;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys that open the screen at a place in the navigation: Ctrl+1…9 for the first nine (scripts and tests rely
 * on them), Ctrl+0 for the tenth, then Ctrl+Shift+1…9, so that a village's thirteen screens all have keys.
 */
record ScreenKey(KeyCode digit, boolean shift) {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT0, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    /** The keys of the screen at {@code index} (0 for the first); none past the nineteenth. */
    static Optional<ScreenKey> at(int index) {
        if (index < 0 || index > 18) {
            return Optional.empty();
        }
        return Optional.of(index < 10 ? new ScreenKey(DIGITS[(index + 1) % 10], false)
                : new ScreenKey(DIGITS[index - 9], true));
    }

    KeyCombination combination() {
        return shift ? new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    /** As the navigation's tooltip shows it: Ctrl+0, Ctrl+Shift+1. */
    String text() {
        return (shift ? "Ctrl+Shift+" : "Ctrl+") + digit.getName();
    }
}
