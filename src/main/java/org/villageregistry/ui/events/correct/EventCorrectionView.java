package org.villageregistry.ui.events.correct;

import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.SimpleFormView;

/**
 * The correction form of a recorded event in the frame every event form has: its fields as recorded, the reason
 * last; problems marked on their field with the registrar brought to the first wrong one, Enter saves, Esc puts
 * back what is recorded.
 */
public final class EventCorrectionView extends SimpleFormView {
    public EventCorrectionView(EventCorrectionFormModel<?> model) {
        super(model, id -> { });
        setId("event-correction");
        model.fields().addRows(this::row);
        row("events.correct.reason", CodedChoice.of(EventCorrectionFormModel.REASONS, model.reason(),
                "correct-reason"), "correctionReason");
    }
}
