package org.villageregistry.ui.events.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.text.RuleViolationException;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * What every event form shares: the problems of the last attempt (shown at the top and on their fields), the
 * confirmation of warnings, a save that runs off the UI thread, the message after saving, and whether anything
 * typed would be lost. A failed save changes no input: the registrar fixes the marked field and saves again.
 */
public abstract class EventFormModel {
    private static final Logger LOG = LoggerFactory.getLogger(EventFormModel.class);

    private final TaskExecutor executor;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanProperty warningsConfirmed = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper confirmationNeeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper savedMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UUID> savedPerson = new ReadOnlyObjectWrapper<>();
    private boolean resetting;
    private java.util.function.Function<List<java.time.LocalDate>, java.util.Optional<String>> lockedMonths =
            days -> java.util.Optional.empty();

    protected EventFormModel(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /**
     * What to add to the message after a save whose events fall in a month already submitted or approved (the
     * village's {@code SignoffService.lockedMonthNotice}); asked off the UI thread, after the save.
     */
    public void tellOfLockedMonths(
            java.util.function.Function<List<java.time.LocalDate>, java.util.Optional<String>> notice) {
        this.lockedMonths = Objects.requireNonNull(notice);
    }

    /** Message key of the form's title, e.g. "events.birth.title". */
    public abstract String titleKey();

    /** The label of the button that throws the input away: 清空(C) for a new event. */
    public String clearKey() {
        return "events.clear";
    }

    /** Problems found on the form itself (missing picks, dates that are not dates) before asking the register. */
    protected abstract List<Problem> formProblems();

    /**
     * Takes what is typed (on the UI thread) and returns the work that runs off it: check with the domain rules
     * and save, or say which warnings to confirm.
     */
    protected abstract SaveCall prepare(boolean confirmed);

    /** The part of a save that runs off the UI thread, on values taken from the form beforehand. */
    @FunctionalInterface
    protected interface SaveCall {
        SaveOutcome run() throws Exception;
    }

    /** Empties every field for the next record. */
    protected abstract void clearFields();

    /** Marks the form dirty whenever one of these changes (call from the subclass constructor). */
    protected final void watch(Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(o -> {
                if (!resetting) {
                    dirty.set(true);
                    savedMessage.set("");
                    // warnings waiting to be confirmed were about the input as it was: the next save asks afresh
                    if (confirmationNeeded.get() && problems.stream().noneMatch(Problem::isError)) {
                        problems.clear();
                        confirmationNeeded.set(false);
                        warningsConfirmed.set(false);
                    }
                }
            });
        }
    }

    /** Saves: form problems first, then the register's rules; warnings wait for the confirm box. */
    public void save() {
        if (busy.get()) {
            return;
        }
        savedMessage.set("");
        List<Problem> local = formProblems();
        if (local.stream().anyMatch(Problem::isError)) {
            problems.setAll(local);
            confirmationNeeded.set(false);
            return;
        }
        SaveCall call = prepare(warningsConfirmed.get());
        busy.set(true);
        var notice = lockedMonths;
        executor.execute(BackgroundTask.of(progress -> {
                    SaveOutcome outcome = call.run();
                    if (outcome instanceof SaveOutcome.Saved saved && !saved.days().isEmpty()) {
                        try {
                            return notice.apply(saved.days()).map(saved::withNotice).orElse(saved);
                        } catch (RuntimeException e) {
                            // saved all the same: only the note on the month's sign-off is missing
                            LOG.warn("could not read the sign-off of the saved event's month", e);
                            return saved;
                        }
                    }
                    return outcome;
                })
                .onSuccess(this::afterAttempt)
                .onFailure(this::afterFailure)
                .onFinished(() -> busy.set(false)));
    }

    private void afterAttempt(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.ConfirmFirst confirm) {
            problems.setAll(confirm.warnings());
            confirmationNeeded.set(true);
            return;
        }
        SaveOutcome.Saved saved = (SaveOutcome.Saved) outcome;
        clear();
        savedMessage.set(saved.message());
        savedPerson.set(saved.personId());
        onSaved(saved.record());
    }

    /** Called on the UI thread after a save, with what was saved (e.g. a registration to print). */
    protected void onSaved(Object record) {
    }

    private void afterFailure(Exception failure) {
        if (failure instanceof RuleViolationException rules) {
            problems.setAll(rules.problems());
            confirmationNeeded.set(rules.problems().stream().anyMatch(EventFormModel::confirmable));
        } else if (failure instanceof RegistryException registry) {
            problems.setAll(Problem.error("", registry.key(), registry.args().toArray()));
        } else {
            LOG.error("Saving an event failed unexpectedly", failure);
            problems.setAll(Problem.error("", "events.error.unexpected", failure.getClass().getSimpleName()));
        }
    }

    /** Errors that the registrar's confirmation turns into warnings (an unusual mother's age). */
    private static boolean confirmable(Problem p) {
        return "rule.birth.motherAge".equals(p.key());
    }

    /** Splits the rules' findings: errors refuse, warnings need the confirm box ticked. */
    protected static SaveOutcome confirmOrSave(List<Problem> found, boolean confirmed, SaveAction save) {
        List<Problem> errors = found.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new RuleViolationException(found);
        }
        if (!found.isEmpty() && !confirmed) {
            return new SaveOutcome.ConfirmFirst(found);
        }
        return save.save();
    }

    /** The save that runs once nothing is left to confirm. */
    @FunctionalInterface
    protected interface SaveAction {
        SaveOutcome save();
    }

    /** Throws away everything typed (after the registrar said so) and the findings about it. */
    public void clear() {
        resetting = true;
        try {
            clearFields();
            problems.clear();
            warningsConfirmed.set(false);
            confirmationNeeded.set(false);
            dirty.set(false);
        } finally {
            resetting = false;
        }
    }

    /** Problems of one field, for the decoration next to it. */
    public List<Problem> problemsOf(String field) {
        List<Problem> of = new ArrayList<>();
        for (Problem p : problems) {
            if (field.equals(p.field())) {
                of.add(p);
            }
        }
        return of;
    }

    protected static Problem required(String field, String labelKey) {
        return Problem.error(field, "events.error.required", Messages.get(labelKey));
    }

    protected static StringProperty text() {
        return new SimpleStringProperty("");
    }

    protected static <T> ObjectProperty<T> choice(T initial) {
        return new SimpleObjectProperty<>(initial);
    }

    protected TaskExecutor executor() {
        return executor;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public BooleanProperty warningsConfirmed() {
        return warningsConfirmed;
    }

    public ReadOnlyBooleanProperty confirmationNeeded() {
        return confirmationNeeded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedMessage() {
        return savedMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UUID> savedPerson() {
        return savedPerson.getReadOnlyProperty();
    }
}
