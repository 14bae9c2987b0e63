package org.villageregistry.ui.households;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.PersonRules;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.WrittenDate;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveService;
import org.villageregistry.service.NewHousehold;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * 立户 or a whole household moving in: a household with all its members in one form, head first. Each row is checked with the domain's person
 * rules as the user saves; the service then saves all or nothing. A failed save keeps every typed row.
 */
public final class AddHouseholdViewModel {
    private final HouseholdService households;
    private final TaskExecutor executor;
    private final Clock clock;
    private final MoveService moves;
    private final BooleanProperty movingIn = new SimpleBooleanProperty();
    private final ObjectProperty<MoveKind> moveInKind = new SimpleObjectProperty<>(MoveKind.HUKOU_IN);
    private final StringProperty fromDivision = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final ObservableList<MemberDraft> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Consumer<HouseholdFile> onSaved = file -> { };

    /** @param moves used when the household moves in from elsewhere instead of being newly registered */
    public AddHouseholdViewModel(HouseholdService households, MoveService moves, TaskExecutor executor, Clock clock) {
        this.households = households;
        this.moves = moves;
        this.executor = executor;
        this.clock = clock;
        clear();
    }

    /**
     * What to tell after a save besides the household's number (a month already submitted or approved that the new
     * members change); asked off the UI thread, with the household saved.
     */
    private java.util.function.Function<HouseholdFile, String> savedNote = file -> "";
    private String lastSaved = "";

    public void savedNote(java.util.function.Function<HouseholdFile, String> note) {
        this.savedNote = note;
    }

    /** The message of the last save: 已立户 0245，共 2 人, and the note on a locked month when there is one. */
    public String lastSaved() {
        return lastSaved;
    }

    public void onSaved(Consumer<HouseholdFile> action) {
        this.onSaved = action;
    }

    /** Starts over with one empty row for the head. */
    public void clear() {
        number.set("");
        movingIn.set(false);
        fromDivision.set("");
        group.set("");
        address.set("");
        error.set("");
        members.setAll(new MemberDraft(RelationToHead.HEAD));
    }

    public MemberDraft addMember() {
        MemberDraft row = new MemberDraft(null);
        members.add(row);
        return row;
    }

    public void removeMember(MemberDraft row) {
        if (members.size() > 1) {
            members.remove(row);
        }
    }

    /** True when anything has been typed, so leaving asks first. */
    public boolean hasInput() {
        return !number.get().isBlank() || !group.get().isBlank() || !address.get().isBlank()
                || members.stream().anyMatch(m -> !m.isBlank());
    }

    /** Checks every row; when all are fine, saves the household with its members in one transaction. */
    public boolean save() {
        List<MemberDraft> rows = members.stream().filter(m -> !m.isBlank()).toList();
        boolean rowsFine = checkRows(rows);
        if (!rowsFine || busy.get()) {
            error.set(Messages.get("households.add.fixRows"));
            return false;
        }
        List<Person> people = rows.stream().map(MemberDraft::toPerson).toList();
        HukouType hukou = people.isEmpty() ? HukouType.AGRICULTURAL : people.get(0).hukouType();
        NewHousehold draft = new NewHousehold(number.get().isBlank() ? null : number.get().strip(),
                group.get().strip(), address.get().strip(), hukou, null, people);
        error.set("");
        busy.set(true);
        boolean arriving = movingIn.get();
        MoveInReport report = new MoveInReport(moveInKind.get(), LocalDate.now(clock),
                fromDivision.get().isBlank() ? null : fromDivision.get().strip(), draft.address(), MoveReason.OTHER,
                EventSource.SELF_REPORT, null, draft, List.of());
        java.util.function.Function<HouseholdFile, String> note = savedNote;
        executor.execute(BackgroundTask.of(progress -> {
                    HouseholdFile file = arriving ? households.show(moves.moveIn(report).householdId())
                            : households.add(draft);
                    String told = Messages.get("households.add.saved", file.household().number(),
                            file.members().size());
                    String extra = "";
                    try {
                        extra = note.apply(file);
                    } catch (RuntimeException e) {
                        // saved all the same: only the note on a month's sign-off is missing
                    }
                    return java.util.Map.entry(file, extra.isEmpty() ? told : told + "\n" + extra);
                })
                .onSuccess(saved -> {
                    clear();
                    lastSaved = saved.getValue();
                    onSaved.accept(saved.getKey());
                })
                .onFailure(this::refused)
                .onFinished(() -> busy.set(false)));
        return true;
    }

    /** A date that is no day of the calendar is told so; anything else is asked for in the right form. */
    private static String dateProblem(String badFormatKey, String noSuchDayKey, String typed) {
        return WrittenDate.whyNoSuchDay(typed).map(why -> Messages.get(noSuchDayKey, typed.strip(), why))
                .orElseGet(() -> Messages.get(badFormatKey, typed));
    }

    private boolean checkRows(List<MemberDraft> rows) {
        LocalDate today = LocalDate.now(clock);
        boolean fine = !rows.isEmpty();
        for (int i = 0; i < members.size(); i++) {
            MemberDraft row = members.get(i);
            List<String> problems = new ArrayList<>();
            Set<String> wrong = new LinkedHashSet<>();
            if (!row.isBlank()) {
                boolean badDate = row.parsedBirthDate().isEmpty() && !row.birthDateProperty().get().isBlank();
                if (badDate) {
                    problems.add(dateProblem("households.add.badDate", "households.add.noSuchBirthDate",
                            row.birthDateProperty().get()));
                    wrong.add("birthDate");
                }
                String married = row.firstMarriageDateProperty().get();
                boolean badMarriageDate = row.parsedFirstMarriageDate().isEmpty() && !married.isBlank();
                if (badMarriageDate) {
                    problems.add(dateProblem("households.add.badFirstMarriageDate",
                            "households.add.noSuchFirstMarriageDate", married));
                    wrong.add("firstMarriageDate");
                }
                if (row.relationProperty().get() == null) {
                    problems.add(Messages.get("households.add.relationMissing"));
                    wrong.add("relation");
                } else if ((i == 0) != (row.relationProperty().get() == RelationToHead.HEAD)) {
                    problems.add(Messages.get(i == 0 ? "households.add.headFirst" : "households.add.oneHead"));
                    wrong.add("relation");
                }
                for (Problem p : PersonRules.validate(row.toPerson(), today)) {
                    boolean saidAlready = badDate && "birthDate".equals(p.field())
                            || badMarriageDate && "firstMarriageDate".equals(p.field());
                    if (p.isError() && !saidAlready) {
                        problems.add(p.message());
                        wrong.add(p.field());
                    }
                }
            }
            row.problemsProperty().set(String.join("\n", problems.stream().distinct().toList()));
            row.wrongFields().retainAll(wrong);
            row.wrongFields().addAll(wrong);
            fine &= problems.isEmpty();
        }
        return fine;
    }

    private void refused(Exception failure) {
        if (failure instanceof RuleViolationException rules) {
            error.set(rules.problems().stream().filter(Problem::isError).map(Problem::message)
                    .collect(Collectors.joining("\n")));
        } else {
            error.set(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        }
    }

    /** True when the household moves in from elsewhere (迁入/流入) rather than being newly registered here. */
    public BooleanProperty movingInProperty() {
        return movingIn;
    }

    public ObjectProperty<MoveKind> moveInKindProperty() {
        return moveInKind;
    }

    public StringProperty fromDivisionProperty() {
        return fromDivision;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public ObservableList<MemberDraft> members() {
        return members;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
