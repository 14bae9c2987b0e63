package org.villageregistry.ui.events.form;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.ui.table.CodedChoices;

/** The program's code table drop-down ({@link CodedChoices}) bound to a field of an event form. */
public final class CodedChoice {
    private CodedChoice() {
    }

    public static <T extends Coded> ComboBox<T> of(List<T> values, ObjectProperty<T> value, String id) {
        ComboBox<T> box = CodedChoices.combo(values);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }
}
