package org.villageregistry.ui.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;
import org.villageregistry.domain.text.StaleRecordException;
import org.villageregistry.service.PersonFile;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.TimelineEntry;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * One person: the record with ID and phone numbers masked until the user reveals them (each reveal is audited),
 * the household, the timeline; correcting the record (a stale save keeps the input) and voiding it with a reason.
 */
public final class PersonDetailViewModel {
    private boolean fixing;

    private final PersonService persons;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<PersonFile> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper idNumberShown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phoneShown = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper idRevealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper phoneRevealed = new ReadOnlyBooleanWrapper();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final PersonCorrection form = new PersonCorrection();
    private final ReadOnlyBooleanWrapper identityChanged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper focusField = new ReadOnlyStringWrapper("");
    private final StringProperty voidReason = new SimpleStringProperty("");

    public PersonDetailViewModel(PersonService persons, TaskExecutor executor) {
        this.persons = persons;
        this.executor = executor;
        InvalidationListener typed = o -> identityChanged.set(editing.get() && file.get() != null
                && form.changesIdentity(file.get().person()));
        for (Observable input : form.inputs()) {
            input.addListener(typed);
        }
        editing.addListener(typed);
    }

    /** Opens a person; numbers start masked again. */
    public void open(UUID id) {
        fixing = false;
        error.set("");
        message.set("");
        editing.set(false);
        focusField.set("");
        load(id, () -> { });
    }

    /**
     * Opens a person with the form ready to correct one field (a data-quality finding names it, e.g.
     * firstMarriageDate); {@link #focusFieldProperty()} tells the view where to put the cursor.
     */
    public void openToFix(UUID id, String field) {
        fixing = true;
        error.set("");
        message.set("");
        editing.set(false);
        focusField.set("");
        load(id, () -> {
            edit();
            focusField.set(PersonCorrection.FIELDS.contains(field) ? field : "name");
        });
    }

    private void load(UUID id) {
        load(id, () -> { });
    }

    /** True for a birth, death, marriage or move of the timeline: those open in their correction form. */
    public static boolean isCorrectable(TimelineEntry entry) {
        return entry != null && entry.isCorrectableEvent();
    }

    /** Shows the person again after one of their events was corrected elsewhere (its form), with what was done. */
    public void eventCorrected(String done) {
        personId().ifPresent(id -> load(id, () -> message.set(done)));
    }

    private void load(UUID id, Runnable then) {
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> persons.show(id))
                .onSuccess(shown -> {
                    shown(shown);
                    then.run();
                })
                .onFailure(f -> error.set(text(f)))
                .onFinished(() -> busy.set(false)));
    }

    private void shown(PersonFile shown) {
        PersonFile before = file.get();
        if (before == null || !before.person().id().equals(shown.person().id())) {
            voidReason.set("");  // a reason typed for one person is not the next one's
        }
        file.set(shown);
        Person p = shown.person();
        idRevealed.set(false);
        phoneRevealed.set(false);
        idNumberShown.set(blank(p.idNumber()) ? "" : IdNumber.mask(p.idNumber()));
        phoneShown.set(blank(p.phone()) ? "" : maskPhone(p.phone()));
        timeline.setAll(shown.timeline());
    }

    /** Shows the full ID number; the audit log notes who saw it. */
    public void revealIdNumber() {
        reveal(persons::revealIdNumber, idNumberShown, idRevealed);
    }

    /** Shows the full phone number; the audit log notes who saw it. */
    public void revealPhone() {
        reveal(persons::revealPhone, phoneShown, phoneRevealed);
    }

    private void reveal(Function<UUID, Optional<String>> revealing, StringProperty shown,
                        ReadOnlyBooleanWrapper revealed) {
        PersonFile current = file.get();
        if (current == null || revealed.get()) {
            return;
        }
        UUID id = current.person().id();
        executor.execute(BackgroundTask.of(progress -> revealing.apply(id))
                .onSuccess(value -> value.ifPresent(v -> {
                    revealed.set(true);
                    shown.set(v);
                }))
                .onFailure(f -> error.set(text(f))));
    }

    /** Starts correcting the record: the form starts with what is stored; ID and phone stay blank to keep. */
    public void edit() {
        PersonFile current = file.get();
        if (current == null || current.person().isVoided()) {
            return;
        }
        form.fill(current.person());
        fieldProblems.clear();
        error.set("");
        editing.set(true);
    }

    /** True when the form holds something not saved yet. */
    public boolean hasUnsavedInput() {
        if (!editing.get() || file.get() == null) {
            return false;
        }
        return form.differsFrom(file.get().person());
    }

    /** Opened by {@link #openToFix} (a finding to fix): giving the fix up goes back to where it came from. */
    public boolean isFixing() {
        return fixing;
    }

    public void cancelEdit() {
        editing.set(false);
        fieldProblems.clear();
        error.set("");
    }

    /**
     * Saves the correction with the version that was read, with the same rules as at entry. A correction of the
     * ID number, name, sex or birth date needs a reason chosen ({@link #identityChangedProperty()}). If someone
     * saved the person since, the message says so and the form keeps everything typed; rule problems are shown
     * at their fields.
     */
    public void save() {
        PersonFile current = file.get();
        if (current == null || !editing.get()) {
            return;
        }
        fieldProblems.clear();
        error.set("");
        Map<String, String> unreadable = form.dateProblems();
        if (!unreadable.isEmpty()) {
            fieldProblems.putAll(unreadable);
            error.set(String.join("\n", unreadable.values()));
            return;
        }
        Person draft = form.applyTo(current.person());
        CorrectionReason reason = form.reason().orElse(null);
        busy.set(true);
        Person before = current.person();
        executor.execute(BackgroundTask.of(progress -> {
                    Person saved = persons.correct(draft, reason);
                    List<String> review = persons.relationsToReview(before, saved);
                    String text = Messages.get(saved.version() == draft.version() ? "people.unchanged"
                            : "people.saved", saved.name());
                    if (!review.isEmpty()) {
                        text += "\n" + Messages.get("people.headChanged", saved.name(), String.join("、", review));
                    }
                    return Map.entry(saved, text);
                })
                .onSuccess(done -> {
                    editing.set(false);
                    message.set(done.getValue());
                    load(done.getKey().id());
                })
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false)));
    }

    /**
     * What 作废档案 asks before voiding: the person's name, the reason typed and that it cannot be undone. Empty
     * when there is no one to void, or no reason typed (the error line then says so and nothing is asked).
     */
    public Optional<String> voidQuestion() {
        PersonFile current = file.get();
        if (current == null) {
            return Optional.empty();
        }
        String reason = typedVoidReason();
        if (reason.isEmpty()) {
            error.set(Messages.get("service.void.reasonMissing"));
            return Optional.empty();
        }
        return Optional.of(Messages.get("people.void.question", current.person().name(), reason));
    }

    private String typedVoidReason() {
        return voidReason.get() == null ? "" : voidReason.get().strip();
    }

    /** Voids the person (e.g. a duplicate record, 重档) with the reason typed, once {@link #voidQuestion()} is agreed. */
    public void voidPerson() {
        PersonFile current = file.get();
        if (current == null) {
            return;
        }
        String reason = typedVoidReason();
        if (reason.isEmpty()) {
            error.set(Messages.get("service.void.reasonMissing"));
            return;
        }
        UUID id = current.person().id();
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> persons.voidPerson(id, reason))
                .onSuccess(voided -> {
                    voidReason.set("");
                    message.set(Messages.get("people.voided", voided.name()));
                    load(id);
                })
                .onFailure(f -> error.set(text(f)))
                .onFinished(() -> busy.set(false)));
    }

    private void refused(Exception failure) {
        if (failure instanceof StaleRecordException stale) {
            error.set(stale.getMessage());
        } else if (failure instanceof RuleViolationException rules) {
            List<Problem> errors = rules.problems().stream().filter(Problem::isError)
                    .filter(pr -> pr.field() != null).toList();
            fieldProblems.putAll(errors.stream().collect(Collectors.toMap(Problem::field, Problem::message,
                    (a, b) -> a + "\n" + b)));
            // what stopped the save first; a warning (which alone would not have) after it
            error.set(rules.problems().stream().sorted(java.util.Comparator.comparing(pr -> !pr.isError()))
                    .map(Problem::message).collect(Collectors.joining("；")));
        } else {
            error.set(text(failure));
        }
    }

    static String maskPhone(String phone) {
        String p = phone.strip();
        return p.length() <= 7 ? "*".repeat(p.length()) : p.substring(0, 3) + "****" + p.substring(p.length() - 4);
    }

    private static String text(Exception f) {
        return f.getMessage() == null ? f.getClass().getSimpleName() : f.getMessage();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Optional<UUID> personId() {
        return Optional.ofNullable(file.get()).map(f -> f.person().id());
    }

    public Optional<UUID> householdId() {
        return Optional.ofNullable(file.get()).flatMap(PersonFile::household).map(h -> h.id());
    }

    /** The age in full years on a day, for the header ("34 岁"). */
    public static int ageOn(Person p, LocalDate day) {
        return p.birthDate() == null ? 0 : p.ageOn(day);
    }

    public ReadOnlyObjectProperty<PersonFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty idNumberShownProperty() {
        return idNumberShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneShownProperty() {
        return phoneShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty idRevealedProperty() {
        return idRevealed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty phoneRevealedProperty() {
        return phoneRevealed.getReadOnlyProperty();
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Problem messages by field name (name, idNumber, ethnicity…), for inline decorations. */
    public ObservableMap<String, String> fieldProblems() {
        return fieldProblems;
    }

    public StringProperty nameProperty() {
        return form.name;
    }

    public ObjectProperty<Sex> sexProperty() {
        return form.sex;
    }

    /** The birth date as typed (2026-11-30 or 20261130). */
    public StringProperty birthDateProperty() {
        return form.birthDate;
    }

    public StringProperty newIdNumberProperty() {
        return form.newIdNumber;
    }

    public ObjectProperty<RelationToHead> relationProperty() {
        return form.relation;
    }

    public StringProperty newPhoneProperty() {
        return form.newPhone;
    }

    public StringProperty notesProperty() {
        return form.notes;
    }

    public ObjectProperty<Ethnicity> ethnicityProperty() {
        return form.ethnicity;
    }

    public ObjectProperty<HukouType> hukouTypeProperty() {
        return form.hukouType;
    }

    public ObjectProperty<MaritalStatus> maritalStatusProperty() {
        return form.maritalStatus;
    }

    /** The 初婚日期 as typed; blank clears it. */
    public StringProperty firstMarriageDateProperty() {
        return form.firstMarriageDate;
    }

    /** Why an identity field is corrected; asked for only while {@link #identityChangedProperty()} is true. */
    public ObjectProperty<CorrectionReason> reasonProperty() {
        return form.reason;
    }

    /** True while the typed values change the ID number, name, sex or birth date. */
    public ReadOnlyBooleanProperty identityChangedProperty() {
        return identityChanged.getReadOnlyProperty();
    }

    /** The field the form was opened to fix (see {@link PersonCorrection#FIELDS}); empty otherwise. */
    public ReadOnlyStringProperty focusFieldProperty() {
        return focusField.getReadOnlyProperty();
    }

    public StringProperty voidReasonProperty() {
        return voidReason;
    }
}
