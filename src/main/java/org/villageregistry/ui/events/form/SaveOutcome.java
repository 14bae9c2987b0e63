package org.villageregistry.ui.events.form;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.text.Problem;

/** What a save attempt came to: saved (with what to tell and whom to link to), or warnings to confirm first. */
public sealed interface SaveOutcome {
    /**
     * {@code record} is what was saved, handed to the form's {@code onSaved} on the UI thread (may be null);
     * {@code days} the days of the events it recorded or corrected, whose months' sign-off the form tells of.
     */
    record Saved(String message, UUID personId, Object record, List<LocalDate> days) implements SaveOutcome {
        public Saved {
            days = days.stream().filter(java.util.Objects::nonNull).toList();
        }

        public Saved(String message, UUID personId) {
            this(message, personId, null);
        }

        public Saved(String message, UUID personId, Object record) {
            this(message, personId, record, List.of());
        }

        /** The same, told of events on these days. */
        public Saved on(LocalDate... eventDays) {
            return new Saved(message, personId, record, java.util.Arrays.asList(eventDays));
        }

        Saved withNotice(String notice) {
            return new Saved(message + "\n" + notice, personId, record, days);
        }
    }

    record ConfirmFirst(List<Problem> warnings) implements SaveOutcome {
        public ConfirmFirst {
            warnings = List.copyOf(warnings);
        }
    }
}
