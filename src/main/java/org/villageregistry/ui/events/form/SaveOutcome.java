package org.villageregistry.ui.events.form;

import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.text.Problem;

/** What a save attempt came to: saved (with what to tell and whom to link to), or warnings to confirm first. */
public sealed interface SaveOutcome {
    /** {@code record} is what was saved, handed to the form's {@code onSaved} on the UI thread (may be null). */
    record Saved(String message, UUID personId, Object record) implements SaveOutcome {
        public Saved(String message, UUID personId) {
            this(message, personId, null);
        }
    }

    record ConfirmFirst(List<Problem> warnings) implements SaveOutcome {
        public ConfirmFirst {
            warnings = List.copyOf(warnings);
        }
    }
}
