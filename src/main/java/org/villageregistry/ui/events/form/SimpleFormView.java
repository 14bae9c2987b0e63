package org.villageregistry.ui.events.form;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A form of label-and-field rows in a {@link FormFrame}; subclasses add their rows in the constructor. */
public abstract class SimpleFormView extends VBox implements EventForm {
    private final EventFormModel model;
    private final GridPane grid = FormGrid.grid();
    private final FormFrame frame;
    private Control first;
    private int rows;

    protected SimpleFormView(EventFormModel model, Consumer<UUID> openPerson, Node... extra) {
        this.model = model;
        VBox content = new VBox(14, grid);
        content.getChildren().addAll(extra);
        frame = new FormFrame(model, content, openPerson);
        frame.afterSave(this::focusFirst);
        VBox.setVgrow(frame, Priority.ALWAYS);
        getChildren().add(frame);
    }

    /** Adds a row; {@code field} is the name the rules use for it (may be null), the control gets marked. */
    protected final <N extends Node> N row(String labelKey, N input, String field) {
        FormGrid.row(grid, rows++, labelKey, input);
        Control control = input instanceof PersonPicker p ? p.field() : input instanceof Control c ? c : null;
        if (first == null && control != null) {
            first = control;
        }
        if (field != null && control != null) {
            frame.field(field, control);
        }
        return input;
    }

    /**
     * Adds a row that shows more than its field (the field and a note under it); {@code marked} is the control the
     * rules' problems of {@code field} mark.
     */
    protected final void row(String labelKey, Node shown, Control marked, String field) {
        FormGrid.row(grid, rows++, labelKey, shown);
        if (first == null) {
            first = marked;
        }
        frame.field(field, marked);
    }

    protected final GridPane grid() {
        return grid;
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public EventFormModel model() {
        return model;
    }

    @Override
    public FormFrame frame() {
        return frame;
    }

    @Override
    public void focusFirst() {
        if (first != null) {
            first.requestFocus();
        }
    }
}
