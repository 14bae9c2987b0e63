package org.villageregistry.ui.events.form;

import java.util.List;
import java.util.UUID;
import org.villageregistry.domain.text.Problem;

/** What a save attempt came to: saved (with what to tell and whom to link to), or warnings to confirm first. */
public sealed interface SaveOutcome {
    record Saved(String message, UUID personId) implements SaveOutcome {
    }

    record ConfirmFirst(List<Problem> warnings) implements SaveOutcome {
        public ConfirmFirst {
            warnings = List.copyOf(warnings);
        }
    }
}
