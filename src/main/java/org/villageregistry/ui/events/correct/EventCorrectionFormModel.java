package org.villageregistry.ui.events.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.EventCorrectionService;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/**
 * The correction form of a recorded birth, death, marriage or move: its fields filled as recorded, the reason to
 * choose, and a save with the rules of recording (warnings to confirm, errors marked on their field). Clear (Esc)
 * puts back what is recorded; after a save the form shows the corrected event.
 */
public final class EventCorrectionFormModel<T extends RegisterRecord> extends EventFormModel {
    private static final Logger LOG = LoggerFactory.getLogger(EventCorrectionFormModel.class);
    /** Reasons a registrar chooses; 依据台账导入 is the ledger import's own. */
    public static final List<CorrectionReason> REASONS = List.of(CorrectionReason.values()).stream()
            .filter(r -> r != CorrectionReason.LEDGER).toList();

    private final EventCorrectionService corrections;
    private final CorrectionFields<T> fields;
    private final ObjectProperty<CorrectionReason> reason = new SimpleObjectProperty<>();
    private final Consumer<RegisterRecord> onCorrected;
    private final StringProperty voidReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper voidError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper voiding = new ReadOnlyBooleanWrapper();
    private T event;

    private EventCorrectionFormModel(EventCorrectionService corrections, CorrectionFields<T> fields, T event,
            TaskExecutor executor, Consumer<RegisterRecord> onCorrected) {
        super(executor);
        this.corrections = corrections;
        this.fields = fields;
        this.event = Objects.requireNonNull(event);
        this.onCorrected = onCorrected;
        watch(fields.inputs());
        watch(reason);
        clear();
    }

    /** The form for this event, filled as recorded; {@code onCorrected} gets the corrected event after a save. */
    public static EventCorrectionFormModel<?> of(RegisterRecord event, EventCorrectionService corrections,
            PersonService persons, TaskExecutor executor, Consumer<RegisterRecord> onCorrected) {
        if (event instanceof Birth b) {
            PersonPickerModel father = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.MALE);
            return new EventCorrectionFormModel<>(corrections, new BirthFields(father, persons::find), b, executor,
                    onCorrected);
        }
        if (event instanceof Death d) {
            return new EventCorrectionFormModel<>(corrections, new DeathFields(), d, executor, onCorrected);
        }
        if (event instanceof Marriage m) {
            return new EventCorrectionFormModel<>(corrections, new MarriageFields(), m, executor, onCorrected);
        }
        if (event instanceof Move m) {
            return new EventCorrectionFormModel<>(corrections, new MoveFields(), m, executor, onCorrected);
        }
        throw new IllegalArgumentException("not an event: " + event.entityType());
    }

    @Override
    public String clearKey() {
        return "events.correct.restore";
    }

    @Override
    public String titleKey() {
        return "events.correct.title." + event.entityType().name();
    }

    @Override
    protected List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>(fields.formProblems());
        if (reason.get() == null) {
            problems.add(Problem.error("correctionReason", "service.eventCorrection.reasonMissing",
                    EventCorrectionService.label(event)));
        }
        return problems;
    }

    @Override
    protected SaveCall prepare(boolean confirmed) {
        T corrected = fields.applyTo(event);
        CorrectionReason why = reason.get();
        return () -> confirmOrSave(corrections.check(corrected, why, confirmed), confirmed, () -> {
            T saved = corrections.correct(corrected, why, confirmed);
            return new SaveOutcome.Saved(Messages.get("events.correct.saved", EventCorrectionService.label(saved),
                    why.label()), null, saved);
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void onSaved(Object record) {
        event = (T) record;
        clear();
        onCorrected.accept(event);
    }

    @Override
    protected void clearFields() {
        fields.fill(event);
        reason.set(null);
    }

    /**
     * A death, a marriage or a move recorded by mistake can be voided here (a birth goes with the child; a move
     * between two villages of the township is held by both registers and is corrected).
     */
    public boolean voidable() {
        return event instanceof Death || event instanceof Marriage || event instanceof Move m && !m.betweenVillages();
    }

    /** What to ask before voiding, naming the event and the reason; empty (and the error shown) without a reason. */
    public Optional<String> voidQuestion() {
        if (voidReason.get() == null || voidReason.get().isBlank()) {
            voidError.set(Messages.get("service.void.reasonMissing"));
            return Optional.empty();
        }
        voidError.set("");
        if (event instanceof Move m && m.entersRegister()) {
            return Optional.of(Messages.get("events.void.questionMoveIn", EventCorrectionService.label(event),
                    voidReason.get().strip(), m.personIds().size()));
        }
        return Optional.of(Messages.get("events.void.question", EventCorrectionService.label(event),
                voidReason.get().strip()));
    }

    /** Voids the event off the UI thread; the persons it changed are put back, and the form reports the voided event. */
    public void voidEvent() {
        if (voiding.get()) {
            return;
        }
        T current = event;
        String why = voidReason.get();
        voiding.set(true);
        executor().execute(BackgroundTask.of(p -> corrections.voidEvent(current.id(), current.version(), why))
                .onSuccess(onCorrected::accept)
                .onFailure(f -> voidError.set(FailureText.of(f, LOG, "Voiding an event")))
                .onFinished(() -> voiding.set(false)));
    }

    public StringProperty voidReason() {
        return voidReason;
    }

    public ReadOnlyStringProperty voidError() {
        return voidError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty voidingProperty() {
        return voiding.getReadOnlyProperty();
    }

    /** The event as recorded (after a save, as corrected). */
    public T event() {
        return event;
    }

    public ObjectProperty<CorrectionReason> reason() {
        return reason;
    }

    CorrectionFields<T> fields() {
        return fields;
    }
}
