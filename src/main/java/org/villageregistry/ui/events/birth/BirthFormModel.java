package org.villageregistry.ui.events.birth;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.BirthReport;
import org.villageregistry.service.BirthService;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.RecordedBirth;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/**
 * The birth form: the mother picked by search, the father if known, and one child per child born (twins: two).
 * Shows each child's 孩次 before saving; an unusual mother's age and other warnings are saved only once the
 * registrar ticks the confirm box; errors refuse the save and every field keeps what was typed.
 */
public final class BirthFormModel extends EventFormModel {
    /** Problems about one child carry "child{i}." before the field, so the form marks the right row. */
    static final Set<String> CHILD_FIELDS = Set.of("name", "sex", "birthDate", "bornAt", "weightGrams",
            "certificateNumber", "healthStatus");

    private final BirthService births;
    private final PersonPickerModel mother;
    private final PersonPickerModel father;
    private final ObjectProperty<BirthPlace> place = choice(BirthPlace.HOSPITAL);
    private final StringProperty gestationWeeks = text();
    private final ObservableList<ChildEntry> children = FXCollections.observableArrayList();
    private BackgroundTask<List<Integer>> orderPreview;
    private final javafx.beans.property.ReadOnlyStringWrapper fatherNote = new javafx.beans.property.ReadOnlyStringWrapper("");
    private UUID suggestedFather;

    public BirthFormModel(BirthService births, PersonService persons, TaskExecutor executor) {
        super(executor);
        this.births = births;
        this.mother = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.FEMALE
                && PersonPickerModel.atLeast(p, PersonPickerModel.PARENT_AGE));
        this.father = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.MALE
                && PersonPickerModel.atLeast(p, PersonPickerModel.PARENT_AGE));
        watch(mother.query(), father.query(), place, gestationWeeks);
        mother.picked().addListener(o -> {
            previewOrders();
            suggestFather();
        });
        father.picked().addListener(o -> {
            if (father.person().map(p -> !p.id().equals(suggestedFather)).orElse(true)) {
                fatherNote.set("");
            }
        });
        father.picked().addListener(o -> previewOrders());
        addChild();
    }

    @Override
    public String titleKey() {
        return "events.birth.title";
    }

    /** Another child of the same delivery (twins), born at the same time unless changed. */
    public ChildEntry addChild() {
        ChildEntry child = new ChildEntry();
        if (!children.isEmpty()) {
            child.bornAt().set(children.get(children.size() - 1).bornAt().get());
        }
        watch(child.inputs());
        child.bornAt().addListener(o -> previewOrders());
        children.add(child);
        previewOrders();
        return child;
    }

    public void removeChild(ChildEntry child) {
        if (children.size() > 1) {
            children.remove(child);
            previewOrders();
        }
    }

    /**
     * The mother chosen and no father typed yet: fills in her husband by her marriage record, and says so beside
     * the field, which the registrar changes or empties if he is not the father.
     */
    private void suggestFather() {
        if (suggestedFather != null && father.person().map(p -> p.id().equals(suggestedFather)).orElse(false)) {
            // another mother: the husband suggested for the one before goes
            father.clear();
        }
        suggestedFather = null;
        fatherNote.set("");
        Optional<Person> m = mother.person();
        if (m.isEmpty() || father.person().isPresent() || !father.query().get().isBlank()) {
            return;
        }
        UUID motherId = m.get().id();
        executor().execute(BackgroundTask.of(p -> births.likelyFather(motherId)).onSuccess(found -> {
            boolean same = mother.person().map(now -> now.id().equals(motherId)).orElse(false);
            if (found.isPresent() && same && father.person().isEmpty() && father.query().get().isBlank()) {
                suggestedFather = found.get().id();
                father.pick(found.get());
                fatherNote.set(Messages.get("events.birth.fatherSuggested", found.get().name()));
            }
        }));
    }

    /** Beside the father's field when it was filled in from the mother's marriage record. */
    public javafx.beans.property.ReadOnlyStringProperty fatherNote() {
        return fatherNote.getReadOnlyProperty();
    }

    /** Asks the register which 孩次 each child would get; shown next to each child before saving. */
    private void previewOrders() {
        if (orderPreview != null) {
            orderPreview.cancel();
        }
        Optional<Person> m = mother.person();
        List<Optional<LocalDateTime>> times = children.stream().map(c -> DateText.dateTime(c.bornAt().get())).toList();
        if (m.isEmpty() || times.stream().anyMatch(Optional::isEmpty)) {
            children.forEach(c -> c.showOrder(""));
            return;
        }
        List<ChildEntry> shown = List.copyOf(children);
        UUID fatherId = father.person().map(Person::id).orElse(null);
        BackgroundTask<List<Integer>> task = BackgroundTask.of(p -> births.previewOrders(m.get().id(), fatherId,
                times.stream().map(Optional::get).toList()));
        orderPreview = task;
        executor().execute(task.onSuccess(orders -> {
            if (!task.isCancelled() && shown.equals(children)) {
                for (int i = 0; i < shown.size(); i++) {
                    shown.get(i).showOrder(Messages.get("events.birth.order", orders.get(i)));
                }
            }
        }).onFailure(e -> children.forEach(c -> c.showOrder(""))));
    }

    @Override
    protected List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>();
        if (mother.person().isEmpty()) {
            problems.add(mother.query().get().isBlank() ? required("motherId", "events.birth.mother")
                    : Problem.error("motherId", "events.error.pickFromList", mother.query().get()));
        }
        if (father.person().isEmpty() && !father.query().get().isBlank()) {
            problems.add(Problem.error("fatherId", "events.error.pickFromList", father.query().get()));
        }
        if (!DateText.isBlank(gestationWeeks.get()) && DateText.number(gestationWeeks.get()).isEmpty()) {
            problems.add(Problem.error("gestationWeeks", "events.error.number", gestationWeeks.get()));
        }
        for (int i = 0; i < children.size(); i++) {
            ChildEntry c = children.get(i);
            String prefix = "child" + i + ".";
            if (c.sex().get() == null) {
                problems.add(required(prefix + "sex", "events.birth.sex"));
            }
            if (DateText.isBlank(c.bornAt().get())) {
                problems.add(required(prefix + "bornAt", "events.birth.bornAt"));
            } else if (DateText.dateTime(c.bornAt().get()).isEmpty()) {
                problems.add(Problem.error(prefix + "bornAt", "events.error.dateTime", c.bornAt().get()));
            }
            if (!DateText.isBlank(c.weightGrams().get()) && DateText.number(c.weightGrams().get()).isEmpty()) {
                problems.add(Problem.error(prefix + "weightGrams", "events.error.number", c.weightGrams().get()));
            }
        }
        return problems;
    }

    @Override
    protected SaveCall prepare(boolean confirmed) {
        BirthReport report = report(children);
        List<BirthReport> eachChild = children.stream().map(c -> report(List.of(c))).toList();
        return () -> {
            Set<Problem> found = new LinkedHashSet<>();
            for (int i = 0; i < eachChild.size(); i++) {
                String prefix = "child" + i + ".";
                for (Problem p : births.check(eachChild.get(i), confirmed)) {
                    found.add(CHILD_FIELDS.contains(p.field())
                            ? new Problem(p.severity(), prefix + p.field(), p.key(), p.args()) : p);
                }
            }
            return confirmOrSave(List.copyOf(found), confirmed, () -> saved(births.record(report, confirmed)));
        };
    }

    private SaveOutcome saved(RecordedBirth recorded) {
        String who = new ArrayList<>(recorded.births()).stream()
                .map(b -> Messages.get("events.birth.savedChild", nameOf(recorded, b.childId()),
                        b.birthOrder()))
                .collect(Collectors.joining("、"));
        return new SaveOutcome.Saved(Messages.get("events.birth.saved", who), recorded.children().get(0).id())
                .on(recorded.births().get(0).bornAt().toLocalDate());
    }

    private static String nameOf(RecordedBirth recorded, UUID childId) {
        return recorded.children().stream().filter(c -> c.id().equals(childId)).map(Person::name).findFirst()
                .orElse("");
    }

    private BirthReport report(List<ChildEntry> entries) {
        List<BirthReport.NewChild> newChildren = entries.stream().map(c -> new BirthReport.NewChild(
                c.name().get().strip(), c.sex().get(), DateText.dateTime(c.bornAt().get()).orElseThrow(),
                DateText.number(c.weightGrams().get()).orElse(null), c.certificateNumber().get().strip(),
                c.healthStatus().get().strip())).toList();
        return new BirthReport(mother.person().orElseThrow().id(), father.person().map(Person::id).orElse(null),
                null, place.get(), DateText.number(gestationWeeks.get()).orElse(null), EventSource.SELF_REPORT,
                newChildren);
    }

    @Override
    protected void clearFields() {
        fatherNote.set("");
        mother.clear();
        father.clear();
        place.set(BirthPlace.HOSPITAL);
        gestationWeeks.set("");
        children.clear();
        addChild();
    }

    public PersonPickerModel mother() {
        return mother;
    }

    public PersonPickerModel father() {
        return father;
    }

    public ObjectProperty<BirthPlace> place() {
        return place;
    }

    public StringProperty gestationWeeks() {
        return gestationWeeks;
    }

    public ObservableList<ChildEntry> children() {
        return children;
    }
}
