package org.villageregistry.ui.events.moveout;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.MoveOutReport;
import org.villageregistry.service.MoveService;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/**
 * Move out: persons picked one by one, or a whole household by its number. A hukou move to another village of
 * this township is a transfer (转移), shown before saving: the persons' records go to that village.
 */
public final class MoveOutFormModel extends EventFormModel {
    private final MoveService moves;
    private final HouseholdService households;
    private final String ownDivision;
    private final ObjectProperty<MoveKind> kind = choice(MoveKind.HUKOU_OUT);
    private final PersonPickerModel picker;
    private final ObservableList<Person> leaving = FXCollections.observableArrayList();
    private final StringProperty householdNumber = text();
    private final StringProperty date = text();
    private final StringProperty toDivision = text();
    private final StringProperty address = text();
    private final ObjectProperty<MoveReason> reason = choice(null);
    private final BooleanBinding transfer;

    public MoveOutFormModel(MoveService moves, HouseholdService households, PersonService persons,
                            TaskExecutor executor, String ownDivision) {
        super(executor);
        this.moves = moves;
        this.households = households;
        this.ownDivision = ownDivision;
        this.picker = new PersonPickerModel(persons, executor, p -> true);
        picker.picked().addListener((o, was, now) -> {
            if (now != null && leaving.stream().noneMatch(p -> p.id().equals(now.id()))) {
                leaving.add(now);
            }
        });
        transfer = Bindings.createBooleanBinding(this::isTransfer, kind, toDivision);
        watch(kind, leaving, householdNumber, date, toDivision, address, reason);
    }

    /** A hukou move out to another village of this township (the domain's {@link Move#isTransfer()}). */
    private boolean isTransfer() {
        String to = toDivision.get() == null ? "" : toDivision.get().strip();
        return new Move(UUID.randomUUID(), 0, ownDivision, kind.get(), List.of(), null, null, ownDivision,
                to.isEmpty() ? null : to, null, null, null, null).isTransfer();
    }

    @Override
    public String titleKey() {
        return "events.moveOut.title";
    }

    public List<MoveKind> kinds() {
        return List.of(MoveKind.HUKOU_OUT, MoveKind.FLOAT_OUT, MoveKind.FLOAT_LEAVE);
    }

    @Override
    protected List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>();
        if (leaving.isEmpty() && householdNumber.get().isBlank()) {
            problems.add(Problem.error("personIds", "events.moveOut.nobody"));
        }
        if (DateText.isBlank(date.get())) {
            problems.add(required("date", "events.move.date"));
        } else if (DateText.date(date.get()).isEmpty()) {
            problems.add(Problem.error("date", "events.error.date", date.get()));
        }
        String to = toDivision.get().strip();
        if (!to.isEmpty() && !to.matches("\\d{6}|\\d{9}|\\d{12}")) {
            problems.add(Problem.error("toDivision", "error.division.format", to));
        }
        return problems;
    }

    @Override
    protected SaveCall prepare(boolean confirmed) {
        List<UUID> ids = leaving.stream().map(Person::id).toList();
        String number = householdNumber.get().strip();
        MoveKind k = kind.get();
        java.time.LocalDate day = DateText.date(date.get()).orElseThrow();
        String to = toDivision.get().strip();
        String where = address.get().strip();
        MoveReason why = reason.get();
        UUID first = ids.isEmpty() ? null : ids.get(0);
        return () -> {
            UUID householdId = number.isEmpty() ? null : households.show(number).household().id();
            Move move = moves.moveOut(new MoveOutReport(k, day, ids, householdId, to.isEmpty() ? null : to,
                    where.isEmpty() ? null : where, why, EventSource.SELF_REPORT));
            String key = move.isTransfer() ? "events.moveOut.savedTransfer" : "events.moveOut.saved";
            return new SaveOutcome.Saved(Messages.get(key, move.personIds().size(), move.kind().label()),
                    first != null ? first : move.personIds().get(0)).on(move.date());
        };
    }

    public void remove(Person person) {
        leaving.remove(person);
    }

    @Override
    protected void clearFields() {
        kind.set(MoveKind.HUKOU_OUT);
        picker.clear();
        leaving.clear();
        householdNumber.set("");
        date.set("");
        toDivision.set("");
        address.set("");
        reason.set(null);
    }

    public ObjectProperty<MoveKind> kind() {
        return kind;
    }

    public PersonPickerModel picker() {
        return picker;
    }

    public ObservableList<Person> leaving() {
        return leaving;
    }

    public StringProperty householdNumber() {
        return householdNumber;
    }

    public StringProperty date() {
        return date;
    }

    public StringProperty toDivision() {
        return toDivision;
    }

    public StringProperty address() {
        return address;
    }

    public ObjectProperty<MoveReason> reason() {
        return reason;
    }

    /** True when the destination makes this a transfer to another village of the township. */
    public BooleanBinding transfer() {
        return transfer;
    }
}
