package org.villageregistry.ui.households;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.domain.text.RuleViolationException;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.HouseholdSplit;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.MoveService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * One household with its members and their relation to the head; splitting off members into a new household
 * and moving the whole household out (to a village of this township: a transfer).
 */
public final class HouseholdDetailViewModel {
    private final HouseholdService households;
    private final MoveService moves;
    private final TaskExecutor executor;
    private final Clock clock;
    private final String ownVillage;
    private final ReadOnlyObjectWrapper<HouseholdFile> file = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Person> members = FXCollections.observableArrayList();
    private final ObservableSet<UUID> leaving = FXCollections.observableSet();
    private final ObjectProperty<UUID> newHead = new SimpleObjectProperty<>();
    private final Map<UUID, RelationToHead> relationsToNewHead = new HashMap<>();
    private final ObjectProperty<MoveKind> moveKind = new SimpleObjectProperty<>(MoveKind.HUKOU_OUT);
    private final ObjectProperty<LocalDate> moveDate = new SimpleObjectProperty<>();
    private final StringProperty moveTo = new SimpleStringProperty("");
    private final ObjectProperty<MoveReason> moveReason = new SimpleObjectProperty<>(MoveReason.OTHER);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public HouseholdDetailViewModel(HouseholdService households, MoveService moves, TaskExecutor executor,
                                    Clock clock, String ownVillage) {
        this.households = households;
        this.moves = moves;
        this.executor = executor;
        this.clock = clock;
        this.ownVillage = ownVillage;
    }

    public void open(UUID id) {
        message.set("");
        error.set("");
        load(id);
    }

    /** A message on the page just opened, e.g. that the household was saved and what that changed. */
    public void told(String text) {
        message.set(text == null ? "" : text);
    }

    private void load(UUID id) {
        executor.execute(BackgroundTask.of(progress -> households.show(id))
                .onSuccess(shown -> {
                    file.set(shown);
                    members.setAll(shown.members().stream().filter(Person::isActive).toList());
                    leaving.clear();
                    relationsToNewHead.clear();
                    newHead.set(null);
                    moveDate.set(LocalDate.now(clock));
                    moveTo.set("");
                })
                .onFailure(f -> error.set(f.getMessage())));
    }

    /** Members ticked to split off, or a destination typed for moving the household out, not yet saved. */
    public boolean hasUnsavedInput() {
        return !leaving.isEmpty() || !moveTo.get().isBlank();
    }

    /** Marks a member as leaving with the split (or staying again). */
    public void toggleLeaving(UUID personId) {
        if (!leaving.remove(personId)) {
            leaving.add(personId);
        }
        if (!leaving.contains(newHead.get())) {
            newHead.set(leaving.stream().findFirst().orElse(null));
        }
    }

    public void relationToNewHead(UUID personId, RelationToHead relation) {
        relationsToNewHead.put(personId, relation);
    }

    /** Splits the chosen members off into a new household with the next free number, in one transaction. */
    public void split() {
        HouseholdFile current = file.get();
        if (current == null) {
            return;
        }
        HouseholdSplit split = new HouseholdSplit(current.household().id(), List.copyOf(leaving), newHead.get(),
                Map.copyOf(relationsToNewHead), null);
        // the line of the last split or move must not stand under this attempt's refusal
        message.set("");
        error.set("");
        executor.execute(BackgroundTask.of(progress -> households.split(split))
                .onSuccess(created -> {
                    message.set(Messages.get("households.split.done", created.household().number(),
                            created.members().size()));
                    load(current.household().id());
                })
                .onFailure(this::refused));
    }

    /** True if the destination is another village of this township: the move is a transfer. */
    public boolean isTransfer() {
        String to = moveTo.get() == null ? "" : moveTo.get().strip();
        return moveKind.get() == MoveKind.HUKOU_OUT && to.length() == 12 && ownVillage.length() == 12
                && to.startsWith(ownVillage.substring(0, 9)) && !to.equals(ownVillage);
    }

    /** What 整户迁出 asks first: the household's number, its head and how many move; empty with no household open. */
    public Optional<String> moveOutQuestion() {
        HouseholdFile current = file.get();
        if (current == null) {
            return Optional.empty();
        }
        String head = current.members().stream().filter(p -> p.id().equals(current.household().headId()))
                .map(Person::name).findFirst().orElse("");
        return Optional.of(Messages.get("households.move.question", current.household().number(), head,
                members.size()));
    }

    /** Moves the whole household out; the view asks {@link #moveOutQuestion()} first. */
    public void moveOut() {
        HouseholdFile current = file.get();
        if (current == null) {
            return;
        }
        String to = moveTo.get() == null || moveTo.get().isBlank() ? null : moveTo.get().strip();
        MoveOutReport report = new MoveOutReport(moveKind.get(), moveDate.get(), List.of(),
                current.household().id(), to, null, moveReason.get(), EventSource.SELF_REPORT);
        boolean transfer = isTransfer();
        message.set("");
        error.set("");
        executor.execute(BackgroundTask.of(progress -> moves.moveOut(report))
                .onSuccess(move -> {
                    message.set(Messages.get(transfer ? "households.move.transferred" : "households.move.done",
                            current.household().number(), move.personIds().size(), to == null ? "" : to));
                    load(current.household().id());
                })
                .onFailure(this::refused));
    }

    /** Villages of this township to move to (a transfer), other than this one. */
    public static List<Division> otherVillages(List<Division> known, String ownVillage) {
        return known.stream().filter(d -> d.code().value().length() == 12 && !d.code().value().equals(ownVillage)
                && d.code().value().startsWith(ownVillage.substring(0, 9))).toList();
    }

    private void refused(Exception failure) {
        if (failure instanceof RuleViolationException rules) {
            error.set(rules.problems().stream().filter(Problem::isError).map(Problem::message)
                    .collect(Collectors.joining("\n")));
        } else {
            error.set(failure.getMessage());
        }
    }

    public Optional<UUID> householdId() {
        return Optional.ofNullable(file.get()).map(f -> f.household().id());
    }

    public ReadOnlyObjectProperty<HouseholdFile> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<Person> members() {
        return members;
    }

    public ObservableSet<UUID> leaving() {
        return leaving;
    }

    public ObjectProperty<UUID> newHeadProperty() {
        return newHead;
    }

    public ObjectProperty<MoveKind> moveKindProperty() {
        return moveKind;
    }

    public ObjectProperty<LocalDate> moveDateProperty() {
        return moveDate;
    }

    public StringProperty moveToProperty() {
        return moveTo;
    }

    public ObjectProperty<MoveReason> moveReasonProperty() {
        return moveReason;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
