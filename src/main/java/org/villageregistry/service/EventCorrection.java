package org.villageregistry.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

/**
 * How one kind of event is corrected: which fields changed, what the rules of recording it say about the corrected
 * record, the record as it will be stored (who it is about stays as recorded), and what it changes in the persons
 * it is about. Runs inside the caller's write transaction.
 */
abstract class EventCorrection<T extends RegisterRecord> {
    final Register register;
    private final List<Field<T>> correctable;
    private final List<Field<T>> kept;

    /**
     * @param correctable the fields a correction may change, in form order
     * @param kept the fields that say who the event is about: they stay as recorded
     */
    EventCorrection(Register register, List<Field<T>> correctable, List<Field<T>> kept) {
        this.register = register;
        this.correctable = correctable;
        this.kept = kept;
    }

    /** The changed fields, named as the form and the rules name them, in form order. */
    final List<String> changedFields(T stored, T corrected) {
        return correctable.stream().filter(f -> f.differs(stored, corrected)).map(Field::name).toList();
    }

    /** Every problem the rules of recording find in the corrected record, errors and warnings. */
    final List<Problem> problems(T stored, T corrected, boolean confirmed, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        for (Field<T> field : kept) {
            keep(problems, field.name(), field.value().apply(stored), field.value().apply(corrected));
        }
        check(stored, corrected, confirmed, today, problems);
        return problems;
    }

    /** Adds what the rules of recording this kind of event find in the corrected record. */
    abstract void check(T stored, T corrected, boolean confirmed, LocalDate today, List<Problem> problems);

    /** The stored record with the corrected values of the correctable fields. */
    abstract T merged(T stored, T corrected);

    /** Brings the persons the event is about in step with the saved correction. */
    abstract void updatePersons(T stored, T saved);

    /** An error for a field that says who the event is about: it is kept as recorded. */
    static void keep(List<Problem> problems, String field, Object stored, Object corrected) {
        if (!Objects.equals(stored, corrected)) {
            problems.add(Problem.error(field, "service.eventCorrection.fixed",
                    Messages.get("service.eventCorrection.field." + field)));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A field of the event, named as the form and the rules name it; a text one compares blank as empty. */
    record Field<T>(String name, Function<T, ?> value, boolean text) {
        static <T> Field<T> of(String name, Function<T, ?> value) {
            return new Field<>(name, value, false);
        }

        static <T> Field<T> text(String name, Function<T, String> value) {
            return new Field<>(name, value, true);
        }

        boolean differs(T stored, T corrected) {
            Object after = value.apply(corrected);
            return !Objects.equals(value.apply(stored), text ? blankToNull((String) after) : after);
        }
    }
}
