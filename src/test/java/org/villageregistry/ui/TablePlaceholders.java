package org.villageregistry.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;

/**
 * The tables of a screen that would show JavaFX's own English "No content in table" when empty: a table without a
 * placeholder of its own, or one whose placeholder has no Chinese.
 */
public final class TablePlaceholders {
    private TablePlaceholders() {
    }

    /** One line per such table below {@code root} (its id, or its kind when it has none). Call on the FX thread. */
    public static List<String> inEnglish(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Parent parent, List<String> found) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            Node placeholder = child instanceof TableView<?> t ? t.getPlaceholder()
                    : child instanceof TreeTableView<?> t ? t.getPlaceholder() : child;
            if (placeholder != child && !chinese(placeholder)) {
                found.add(child.getId() == null ? child.getClass().getSimpleName() : child.getId());
            }
            if (child instanceof Parent p) {
                walk(p, found);
            }
        }
    }

    private static boolean chinese(Node placeholder) {
        if (placeholder instanceof Labeled label) {
            return label.getText() != null && label.getText().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
        return placeholder != null;
    }
}
