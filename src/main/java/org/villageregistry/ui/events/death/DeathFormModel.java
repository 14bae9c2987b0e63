package org.villageregistry.ui.events.death;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.DeathReport;
import org.villageregistry.service.DeathService;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/** The death form: who died (picked by search), the date, place and cause. */
public final class DeathFormModel extends EventFormModel {
    private final DeathService deaths;
    private final PersonPickerModel person;
    private final StringProperty date = text();
    private final StringProperty place = text();
    private final ObjectProperty<DeathCause> cause = choice(null);

    public DeathFormModel(DeathService deaths, PersonService persons, TaskExecutor executor) {
        super(executor);
        this.deaths = deaths;
        this.person = new PersonPickerModel(persons, executor, p -> true);
        watch(person.query(), date, place, cause);
    }

    @Override
    public String titleKey() {
        return "events.death.title";
    }

    @Override
    protected List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>();
        if (person.person().isEmpty()) {
            problems.add(person.query().get().isBlank() ? required("personId", "events.death.person")
                    : Problem.error("personId", "events.error.pickFromList", person.query().get()));
        }
        if (DateText.isBlank(date.get())) {
            problems.add(required("date", "events.death.date"));
        } else if (DateText.date(date.get()).isEmpty()) {
            problems.add(Problem.error("date", "events.error.date", date.get()));
        }
        return problems;
    }

    @Override
    protected SaveCall prepare(boolean confirmed) {
        Person who = person.person().orElseThrow();
        DeathReport report = new DeathReport(who.id(), DateText.date(date.get()).orElseThrow(),
                place.get().isBlank() ? null : place.get().strip(), cause.get(), EventSource.SELF_REPORT);
        return () -> {
            Death death = deaths.record(report);
            String message = Messages.get("events.death.saved", who.name(), death.date());
            java.util.List<String> benefits = deaths.openBenefits(who.id());
            if (!benefits.isEmpty()) {
                message += "\n" + Messages.get("events.death.benefits", who.name(), String.join("、", benefits),
                        java.time.YearMonth.from(death.date()));
            }
            java.util.Optional<Person> spouse = deaths.spouseToReview(who.id());
            if (spouse.isPresent()) {
                message += "\n" + Messages.get("events.death.spouseToReview", who.name(), spouse.get().name(),
                        spouse.get().maritalStatus().label());
            }
            return new SaveOutcome.Saved(message, who.id()).on(death.date());
        };
    }

    @Override
    protected void clearFields() {
        person.clear();
        date.set("");
        place.set("");
        cause.set(null);
    }

    public PersonPickerModel person() {
        return person;
    }

    public StringProperty date() {
        return date;
    }

    public StringProperty place() {
        return place;
    }

    public ObjectProperty<DeathCause> cause() {
        return cause;
    }
}
