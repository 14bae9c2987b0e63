package org.villageregistry.ui.events.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.scene.Node;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.ui.events.form.DateText;

/**
 * The fields of one kind of event as typed in its correction form: filled from the recorded event, read back onto
 * it, with the problems of what is typed (a date that is no date, quoted) found before asking the register.
 */
interface CorrectionFields<T extends RegisterRecord> {
    /** Fills every field from the event as recorded. */
    void fill(T event);

    /** The inputs whose change makes the form dirty. */
    Observable[] inputs();

    /** What is typed but cannot be read, quoting it, by the field names the rules use. */
    List<Problem> formProblems();

    /** The recorded event with the typed values (only called when {@link #formProblems()} has no error). */
    T applyTo(T stored);

    /** Adds a labelled row per field to the form (called by the view only). */
    void addRows(Rows rows);

    /** Where the view puts a row: label key, the input, and the field name problems are marked on. */
    @FunctionalInterface
    interface Rows {
        void add(String labelKey, Node input, String field);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A required date: missing or unreadable is a problem quoting what was typed. */
    static Optional<Problem> dateProblem(String field, String typed, String labelKey) {
        if (DateText.isBlank(typed)) {
            return Optional.of(Problem.error(field, "events.error.required", Messages.get(labelKey)));
        }
        return DateText.date(typed).isEmpty()
                ? Optional.of(Problem.error(field, "events.error.date", typed)) : Optional.empty();
    }

    /** The problems of a form whose only field that can be typed wrong is its required date, "date". */
    static List<Problem> dateProblems(String typed, String labelKey) {
        List<Problem> problems = new ArrayList<>();
        dateProblem("date", typed, labelKey).ifPresent(problems::add);
        return problems;
    }

    /** An optional whole number: typed but not a number is a problem quoting it. */
    static Optional<Problem> numberProblem(String field, String typed) {
        return !DateText.isBlank(typed) && DateText.number(typed).isEmpty()
                ? Optional.of(Problem.error(field, "events.error.number", typed)) : Optional.empty();
    }
}
