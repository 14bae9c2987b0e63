package org.villageregistry.ui.events.form;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * A search field that picks one person of the register: typing searches (name, pinyin initials, ID, household
 * number) off the UI thread; a hit is picked with the keyboard. Only active persons the filter accepts show.
 */
public final class PersonPickerModel {
    static final int HITS = 12;

    private final PersonService persons;
    private final TaskExecutor executor;
    private final Predicate<Person> accepts;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PersonHit> hits = FXCollections.observableArrayList();
    private final ObjectProperty<Person> picked = new SimpleObjectProperty<>();
    private BackgroundTask<List<PersonHit>> running;
    private boolean picking;

    /** Who is offered as a parent of a newborn: 12 years old or more (the birth rules check the rest). */
    public static final int PARENT_AGE = 12;
    /** Who is offered as a spouse: 16 years old or more (the marriage rules refuse under the legal age, saying so). */
    public static final int SPOUSE_AGE = 16;

    /** Whether the person is that old today or older; a person whose birth date is not known is offered. */
    public static boolean atLeast(Person p, int years) {
        return p.birthDate() == null || !p.birthDate().isAfter(java.time.LocalDate.now().minusYears(years));
    }

    public PersonPickerModel(PersonService persons, TaskExecutor executor, Predicate<Person> accepts) {
        this.persons = Objects.requireNonNull(persons);
        this.executor = Objects.requireNonNull(executor);
        this.accepts = accepts;
        query.addListener((obs, old, now) -> {
            if (!picking) {
                picked.set(null);
                search(now);
            }
        });
    }

    private void search(String text) {
        if (running != null) {
            running.cancel();
        }
        if (text == null || text.isBlank()) {
            hits.clear();
            return;
        }
        BackgroundTask<List<PersonHit>> task = BackgroundTask.of(p -> persons.search(text.strip(), HITS * 2));
        running = task;
        executor.execute(task.onSuccess(found -> {
            if (task == running && !task.isCancelled()) {
                hits.setAll(found.stream().filter(h -> h.person().isActive() && accepts.test(h.person()))
                        .limit(HITS).toList());
            }
        }).onFailure(e -> hits.clear()));
    }

    /** Picks a person (from the hits, or given by the form, e.g. prefilled); the query shows who it is. */
    public void pick(Person person) {
        picking = true;
        try {
            picked.set(person);
            query.set(person == null ? "" : describe(person));
            hits.clear();
        } finally {
            picking = false;
        }
    }

    public void clear() {
        pick(null);
    }

    /** 王芳（女，1996-03-02，4101********1234）: enough to tell two namesakes apart, with the ID masked. */
    public static String describe(Person p) {
        StringBuilder text = new StringBuilder(p.name()).append("（").append(p.sex() == null ? "?" : p.sex().label());
        if (p.birthDate() != null) {
            text.append("，").append(p.birthDate());
        }
        if (p.idNumber() != null) {
            text.append("，").append(IdNumber.mask(p.idNumber()));
        }
        return text.append("）").toString();
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<PersonHit> hits() {
        return hits;
    }

    public ObjectProperty<Person> picked() {
        return picked;
    }

    public Optional<Person> person() {
        return Optional.ofNullable(picked.get());
    }
}
