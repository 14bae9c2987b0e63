package org.villageregistry.ui.common;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.events.form.DateText;

/**
 * A required date in a picker, read as the registrar typed it (the event forms' {@link DateText}): text that is no
 * real date (2026-02-30) stays in the box and is quoted on the line under it, and nothing is read, instead of the
 * picker quietly keeping the date it had before.
 */
public final class DateField {
    private final DatePicker picker;
    private final Label problem = new Label();
    private final String labelKey;

    public DateField(LocalDate initial, String labelKey, String id) {
        this.labelKey = labelKey;
        picker = ListPane.iso(new DatePicker(initial));
        TypedTextKept converter = new TypedTextKept();
        picker.setConverter(converter);
        picker.valueProperty().addListener((o, was, now) -> converter.unread = "");
        picker.getEditor().setText(initial == null ? "" : initial.toString());
        picker.setId(id);
        problem.setId(id + "-problem");
        problem.setWrapText(true);
        // wraps under the box instead of widening the form's column and cutting its labels short
        problem.setMaxWidth(360);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.getStyleClass().add(Styles.DANGER);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
    }

    public DatePicker picker() {
        return picker;
    }

    /** The line under the box that quotes a date it could not read. */
    public Label problemLine() {
        return problem;
    }

    /** The date in the box now, committed; empty, with the problem shown and the text left as typed, if none. */
    public Optional<LocalDate> read() {
        String typed = picker.getEditor().getText();
        Optional<LocalDate> day = DateText.date(typed);
        if (day.isPresent()) {
            picker.setValue(day.get());
            problem.setText("");
        } else if (DateText.isBlank(typed)) {
            problem.setText(Messages.get("events.error.required", Messages.get(labelKey)));
        } else {
            // a day that cannot be (2026-02-30) said so; other text told the form to write it in
            problem.setText(org.villageregistry.domain.text.WrittenDate.whyNoSuchDay(typed)
                    .map(why -> Messages.get("events.error.noSuchDate", typed.strip(), why))
                    .orElseGet(() -> Messages.get("events.error.date", typed.strip())));
        }
        fitWindow();
        return day;
    }

    /** A dialog grows to show the line under the box whole (it was sized before the line had text). */
    private void fitWindow() {
        javafx.application.Platform.runLater(() -> {
            if (problem.getScene() != null && problem.getScene().getWindow() != null
                    && problem.getScene().getRoot() instanceof javafx.scene.control.DialogPane) {
                problem.getScene().getWindow().sizeToScene();
            }
        });
    }

    /**
     * For a date that may be left empty (a next visit's day): true when the box is empty (the value then none) or
     * holds a real date (committed); false, with the problem shown and the text left as typed, when it holds text
     * that is no date, which must not be saved as "no date".
     */
    public boolean readOptional() {
        String typed = picker.getEditor().getText();
        if (DateText.isBlank(typed)) {
            picker.setValue(null);
            problem.setText("");
            return true;
        }
        return read().isPresent();
    }

    /** The date committed by the last {@link #read} or {@link #readOptional}; null when none. */
    public LocalDate value() {
        return picker.getValue();
    }

    /**
     * Shows dates as 2026-11-30 and reads what the event forms read. The picker rewrites its box from its value when
     * it loses focus (a click on 确定): text it cannot read leaves the value as it was and is shown back as typed, so
     * that {@link #read} sees it; a new value (a day picked in the calendar) shows again.
     */
    private final class TypedTextKept extends StringConverter<LocalDate> {
        private String unread = "";

        @Override
        public String toString(LocalDate day) {
            return !unread.isEmpty() || day == null ? unread : day.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if (DateText.isBlank(text)) {
                // a date cleared is none, never the one picked before
                unread = "";
                return null;
            }
            Optional<LocalDate> day = DateText.date(text);
            unread = day.isPresent() || text == null ? "" : text;
            return day.orElse(picker.getValue());
        }
    }
}
