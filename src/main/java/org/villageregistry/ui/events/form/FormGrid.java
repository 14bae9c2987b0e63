package org.villageregistry.ui.events.form;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.villageregistry.domain.text.Messages;

/** Label-and-field rows in the same widths on every event form; labels point at their field for mnemonics. */
public final class FormGrid {
    private FormGrid() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.SOMETIMES);
        inputs.setMaxWidth(440);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    public static void row(GridPane grid, int row, String labelKey, Node input) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(input instanceof PersonPicker p ? p.field() : input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        if (input instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
    }

    public static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(20);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A date field that takes 2026-11-30 or 20261130. */
    public static TextField date(String id, StringProperty value) {
        TextField f = text(id, value);
        f.setPromptText(Messages.get("events.datePrompt"));
        return f;
    }
}
