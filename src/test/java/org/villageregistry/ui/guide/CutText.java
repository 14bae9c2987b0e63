package org.villageregistry.ui.guide;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Finds the texts a registrar cannot read in full: a visible label, button, check box or column header whose
 * skin shows its text shortened with "…", or whose drawn text is wider than the node. Table and list cells (the
 * data, which the registrar can widen) are left out; their column headers are labels and are checked.
 */
final class CutText {
    private static final double TOLERANCE = 1.0;

    private CutText() {
    }

    /** One line per cut text: what it should read, what it shows, and where. */
    static List<String> below(Node root) {
        List<String> cut = new ArrayList<>();
        walk(root, cut);
        return cut;
    }

    private static void walk(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof IndexedCell<?> || node instanceof TextInputControl) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, cut);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, cut);
            }
        }
    }

    private static void check(Labeled labeled, List<String> cut) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible()) {
                String displayed = shown.getText() == null ? "" : shown.getText();
                String ellipsis = labeled.getEllipsisString();
                boolean shortened = !displayed.equals(full) && !ellipsis.isEmpty() && displayed.endsWith(ellipsis);
                boolean tooWide = !labeled.isWrapText()
                        && shown.getLayoutBounds().getWidth() > labeled.getWidth() + TOLERANCE;
                if (shortened || tooWide) {
                    cut.add("«" + full + "» shows «" + displayed + "» in " + describe(labeled));
                }
            }
        }
    }

    private static String describe(Labeled labeled) {
        StringBuilder path = new StringBuilder(labeled.getClass().getSimpleName());
        if (labeled.getId() != null) {
            path.append('#').append(labeled.getId());
        }
        path.append(String.format(" %.0fpx wide", labeled.getWidth()));
        for (Node up = labeled.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                path.append(" in #").append(up.getId());
                break;
            }
        }
        return path.toString();
    }
}
