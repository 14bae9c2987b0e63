package org.villageregistry.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;

/**
 * How one kind of event is corrected: which fields changed, what the rules of recording it say about the corrected
 * record, the record as it will be stored (who it is about stays as recorded), and what it changes in the persons
 * it is about. Runs inside the caller's write transaction.
 */
interface EventCorrection<T extends RegisterRecord> {
    /** The changed fields, named as the form and the rules name them, in form order. */
    List<String> changedFields(T stored, T corrected);

    /** Every problem the rules of recording find in the corrected record, errors and warnings. */
    List<Problem> problems(T stored, T corrected, boolean confirmed, LocalDate today);

    /** The stored record with the corrected values of the correctable fields. */
    T merged(T stored, T corrected);

    /** Brings the persons the event is about in step with the saved correction. */
    void updatePersons(T stored, T saved);

    /** Adds {@code field} to {@code changed} when the two values differ. */
    static void compare(List<String> changed, String field, Object stored, Object corrected) {
        if (!Objects.equals(stored, corrected)) {
            changed.add(field);
        }
    }

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
}
