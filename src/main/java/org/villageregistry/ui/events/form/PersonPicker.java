package org.villageregistry.ui.events.form;

import java.util.function.BooleanSupplier;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.text.Messages;

/**
 * A search field that picks a person with the keyboard: type a name, pinyin initials or ID; ↓ goes into the hits,
 * Enter picks (Enter in the field picks the first hit), Esc closes the hits. Tab never stops in the hit list.
 */
public final class PersonPicker extends VBox {
    /** Property of the field while its hits are open: the form leaves Enter and Esc to the picker then. */
    public static final String CHOOSING = "events.picker.choosing";

    private final PersonPickerModel model;
    private final TextField field = new TextField();
    private final ListView<PersonHit> list = new ListView<>();

    public PersonPicker(PersonPickerModel model, String id) {
        this.model = model;
        field.setId(id);
        field.setPromptText(Messages.get("events.picker.prompt"));
        field.textProperty().bindBidirectional(model.query());
        field.getProperties().put(CHOOSING, (BooleanSupplier) this::choosing);
        list.getProperties().put(CHOOSING, (BooleanSupplier) () -> true);
        list.setId(id + "-hits");
        list.setItems(model.hits());
        list.setFocusTraversable(false);
        list.setFixedCellSize(28);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(model.hits().size(), 6) * 28.0 + 4, model.hits()));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PersonHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : PersonPickerModel.describe(hit.person())
                        + (hit.householdNumber() == null ? "" : "  " + Messages.get("events.picker.household",
                        hit.householdNumber())));
            }
        });
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.hits()));
        list.managedProperty().bind(list.visibleProperty());
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::onFieldKey);
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::onListKey);
        // one click on a hit picks it, as Enter does (a registrar with the mouse expects no double click here)
        list.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && onHit(e.getPickResult().getIntersectedNode())) {
                pickSelected();
            }
        });
        getChildren().addAll(field, list);
        setSpacing(2);
    }

    private boolean choosing() {
        return !model.hits().isEmpty();
    }

    private void onFieldKey(KeyEvent e) {
        if (model.hits().isEmpty()) {
            return;
        }
        if (e.getCode() == KeyCode.DOWN) {
            list.requestFocus();
            list.getSelectionModel().select(0);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            model.pick(model.hits().get(0).person());
            field.end();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.hits().clear();
            e.consume();
        }
    }

    private void onListKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            pickSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.hits().clear();
            field.requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
            field.requestFocus();
            e.consume();
        }
    }

    /** Whether the click landed on a row with a person (not on the scroll bar or below the last row). */
    private static boolean onHit(javafx.scene.Node target) {
        for (javafx.scene.Node n = target; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    private void pickSelected() {
        PersonHit hit = list.getSelectionModel().getSelectedItem();
        if (hit != null) {
            model.pick(hit.person());
            field.requestFocus();
            field.end();
        }
    }

    /** The text field, for focus and for the decoration of problems about the picked person. */
    public TextField field() {
        return field;
    }
}
