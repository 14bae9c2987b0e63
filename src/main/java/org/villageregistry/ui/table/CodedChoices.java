package org.villageregistry.ui.table;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;

/**
 * The one drop-down over a code table (sex, ethnicity, relation…): it shows each value by its name only (女, 汉族,
 * 初婚, never "2 女"), and the keyboard sets it without opening it: ↑/↓ step through the values, and typing a
 * value's code (女 2, 汉族 01), its pinyin initials or pinyin (n, hz, huizu) or the start of its name selects it.
 */
public final class CodedChoices {
    /** Typing more than this long after the last key starts a new code or spelling. */
    private static final long TYPING_PAUSE_NANOS = 1_500_000_000L;

    private CodedChoices() {
    }

    public static <E extends Coded> ComboBox<E> combo(List<E> values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.label();
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        box.setTooltip(new Tooltip(Messages.get("events.choice.hint")));
        stepWithArrows(box);
        selectByTyping(box);
        return box;
    }

    private static <E extends Coded> void stepWithArrows(ComboBox<E> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (box.isShowing() || box.getItems().isEmpty()) {
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
    }

    private static <E extends Coded> void selectByTyping(ComboBox<E> box) {
        StringBuilder typed = new StringBuilder();
        long[] lastKey = {0};
        box.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch == null || ch.isEmpty() || !Character.isLetterOrDigit(ch.codePointAt(0))) {
                return;
            }
            long now = System.nanoTime();
            if (now - lastKey[0] > TYPING_PAUSE_NANOS) {
                typed.setLength(0);
            }
            lastKey[0] = now;
            boolean sameKeyAgain = typed.toString().equals(ch);
            typed.append(ch);
            E match = find(box.getItems(), typed.toString(), null);
            if (match == null) {
                typed.setLength(0);
                typed.append(ch);
                match = find(box.getItems(), ch, sameKeyAgain ? box.getValue() : null);
            }
            if (match != null) {
                box.setValue(match);
                e.consume();
            }
        });
        box.focusedProperty().addListener((o, was, is) -> typed.setLength(0));
    }

    /**
     * The first value whose code is {@code typed}, else whose name or spelling starts with it; with {@code after},
     * the next such value after it (typing ‘h’ again goes from 汉族 to 回族).
     */
    static <E extends Coded> E find(List<E> items, String typed, E after) {
        for (E e : items) {
            if (e.code().equalsIgnoreCase(typed)) {
                return e;
            }
        }
        List<E> matching = items.stream().filter(e -> e.zh().startsWith(typed) || e.label().startsWith(typed)
                || LabelSpellings.matches(e.zh(), typed)).toList();
        if (matching.isEmpty()) {
            return null;
        }
        int at = after == null ? -1 : matching.indexOf(after);
        return matching.get((at + 1) % matching.size());
    }
}
