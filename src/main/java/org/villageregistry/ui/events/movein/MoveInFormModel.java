package org.villageregistry.ui.events.movein;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.MoveInReport;
import org.villageregistry.service.MoveService;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/**
 * Move in: one or more new persons, who join an existing household (by its number) or come without one.
 * Each person goes through the person rules (name, ID number and its agreement with sex and birth date).
 */
public final class MoveInFormModel extends EventFormModel {
    /** Problems about one arriving person carry "person{i}." before the field. */
    private static final List<String> PERSON_FIELDS = List.of("name", "sex", "birthDate", "idNumber", "ethnicity",
            "relation", "maritalStatus");

    private final MoveService moves;
    private final HouseholdService households;
    private final ObjectProperty<MoveKind> kind = choice(MoveKind.HUKOU_IN);
    private final StringProperty householdNumber = text();
    private final StringProperty date = text();
    private final StringProperty fromDivision = text();
    private final StringProperty address = text();
    private final ObjectProperty<MoveReason> reason = choice(null);
    private final ObservableList<ArrivingEntry> persons = FXCollections.observableArrayList();

    public MoveInFormModel(MoveService moves, HouseholdService households, TaskExecutor executor) {
        super(executor);
        this.moves = moves;
        this.households = households;
        addPerson(); // the empty first block is not input: watch the list only after it is there
        watch(kind, householdNumber, date, fromDivision, address, reason, persons);
    }

    @Override
    public String titleKey() {
        return "events.moveIn.title";
    }

    public List<MoveKind> kinds() {
        return List.of(MoveKind.HUKOU_IN, MoveKind.FLOAT_IN);
    }

    public ArrivingEntry addPerson() {
        ArrivingEntry entry = new ArrivingEntry();
        watch(entry.inputs());
        persons.add(entry);
        return entry;
    }

    public void removePerson(ArrivingEntry entry) {
        if (persons.size() > 1) {
            persons.remove(entry);
        }
    }

    @Override
    protected List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>();
        if (DateText.isBlank(date.get())) {
            problems.add(required("date", "events.move.date"));
        } else if (DateText.date(date.get()).isEmpty()) {
            problems.add(Problem.error("date", "events.error.date", date.get()));
        }
        boolean joining = !householdNumber.get().isBlank();
        for (int i = 0; i < persons.size(); i++) {
            String b = persons.get(i).birthDate().get();
            if (!DateText.isBlank(b) && DateText.date(b).isEmpty()) {
                problems.add(Problem.error("person" + i + ".birthDate", "events.error.date", b));
            }
            if (joining && persons.get(i).relation().get() == null) {
                problems.add(Problem.error("person" + i + ".relation", "households.add.relationMissing"));
            }
        }
        return problems;
    }

    @Override
    protected SaveCall prepare(boolean confirmed) {
        String number = householdNumber.get().strip();
        LocalDate day = DateText.date(date.get()).orElseThrow();
        HukouType hukou = HukouType.AGRICULTURAL;
        List<Person> arriving = persons.stream().map(e -> Person.builder().name(e.name().get().strip())
                .sex(e.sex().get()).birthDate(DateText.date(e.birthDate().get()).orElse(null))
                .idNumber(e.idNumber().get().isBlank() ? null : e.idNumber().get()).ethnicity(e.ethnicity().get())
                .hukouType(hukou).relation(number.isEmpty() ? null : e.relation().get())
                .maritalStatus(e.maritalStatus().get()).build()).toList();
        MoveKind k = kind.get();
        String from = fromDivision.get().strip();
        String where = address.get().strip();
        MoveReason why = reason.get();
        return () -> {
            UUID householdId = number.isEmpty() ? null : households.show(number).household().id();
            Move move;
            try {
                move = moves.moveIn(new MoveInReport(k, day, from.isEmpty() ? null : from,
                        where.isEmpty() ? null : where, why, EventSource.SELF_REPORT, householdId, null, arriving));
            } catch (org.villageregistry.domain.text.RuleViolationException e) {
                throw new org.villageregistry.domain.text.RuleViolationException(perPerson(e.problems(), arriving, day));
            }
            return new SaveOutcome.Saved(Messages.get("events.moveIn.saved", move.personIds().size(),
                    move.kind().label()), move.personIds().get(0)).on(move.date());
        };
    }

    /**
     * Puts "person{i}." before person fields: the person is the one whose own check by the person rules gives
     * the same problem (the service checks them all together), or, for the relation to the household joined, the
     * one the problem names.
     */
    private static List<Problem> perPerson(List<Problem> problems, List<Person> arriving, LocalDate day) {
        List<List<Problem>> own = arriving.stream()
                .map(a -> org.villageregistry.domain.person.PersonRules.validate(a, day)).toList();
        List<Problem> mapped = new ArrayList<>();
        for (Problem p : problems) {
            if (!PERSON_FIELDS.contains(p.field())) {
                mapped.add(p);
                continue;
            }
            int person = -1;
            for (int i = 0; i < own.size() && person < 0; i++) {
                if (own.get(i).contains(p)) {
                    person = i;
                }
            }
            // a problem of the household joined (its relation) names the person last among its arguments
            for (int a = p.args().size() - 1; person < 0 && a >= 0; a--) {
                for (int i = 0; i < arriving.size() && person < 0; i++) {
                    if (arriving.get(i).name().equals(p.args().get(a))) {
                        person = i;
                    }
                }
            }
            mapped.add(new Problem(p.severity(), "person" + Math.max(person, 0) + "." + p.field(), p.key(), p.args()));
        }
        return mapped;
    }

    @Override
    protected void clearFields() {
        kind.set(MoveKind.HUKOU_IN);
        householdNumber.set("");
        date.set("");
        fromDivision.set("");
        address.set("");
        reason.set(null);
        persons.clear();
        addPerson();
    }

    public ObjectProperty<MoveKind> kind() {
        return kind;
    }

    public StringProperty householdNumber() {
        return householdNumber;
    }

    public StringProperty date() {
        return date;
    }

    public StringProperty fromDivision() {
        return fromDivision;
    }

    public StringProperty address() {
        return address;
    }

    public ObjectProperty<MoveReason> reason() {
        return reason;
    }

    public ObservableList<ArrivingEntry> persons() {
        return persons;
    }
}
