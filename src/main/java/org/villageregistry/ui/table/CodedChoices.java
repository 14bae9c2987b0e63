package org.villageregistry.ui.table;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.villageregistry.domain.text.Coded;

/** Choice boxes over a code table (sex, ethnicity, relation…) showing each value by its name. */
public final class CodedChoices {
    private CodedChoices() {
    }

    public static <E extends Coded> ComboBox<E> combo(List<E> values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setCellFactory(l -> new CodedCell<>());
        box.setButtonCell(new CodedCell<>());
        return box;
    }

    /** Shows a code table value by its name in the user's language. */
    static final class CodedCell<E extends Coded> extends ListCell<E> {
        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.label());
        }
    }
}
