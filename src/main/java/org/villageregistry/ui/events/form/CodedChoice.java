package org.villageregistry.ui.events.form;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;

/**
 * A drop-down of a code table that the keyboard can set without opening it: ↑/↓ step through the values and
 * typing a value's code (男 1, 女 2 …) selects it.
 */
public final class CodedChoice {
    private CodedChoice() {
    }

    public static <T extends Coded> ComboBox<T> of(List<T> values, ObjectProperty<T> value, String id) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : t.code() + " " + t.label();
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setTooltip(new Tooltip(Messages.get("events.choice.hint")));
        StringBuilder typed = new StringBuilder();
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (box.isShowing()) {
                return;
            }
            int at = box.getItems().indexOf(box.getValue());
            if (e.getCode() == KeyCode.DOWN) {
                box.setValue(box.getItems().get(Math.min(at + 1, box.getItems().size() - 1)));
                e.consume();
            } else if (e.getCode() == KeyCode.UP && at > 0) {
                box.setValue(box.getItems().get(at - 1));
                e.consume();
            }
        });
        box.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch == null || ch.isEmpty() || !Character.isLetterOrDigit(ch.charAt(0))) {
                return;
            }
            typed.append(ch);
            T match = find(box.getItems(), typed.toString());
            if (match == null) {
                typed.setLength(0);
                typed.append(ch);
                match = find(box.getItems(), ch);
            }
            if (match != null) {
                box.setValue(match);
                e.consume();
            }
        });
        box.focusedProperty().addListener((o, was, is) -> typed.setLength(0));
        return box;
    }

    private static <T extends Coded> T find(List<T> items, String typed) {
        for (T t : items) {
            if (t.code().equalsIgnoreCase(typed) || t.zh().startsWith(typed)) {
                return t;
            }
        }
        return null;
    }
}
