package org.villageregistry.ui.events.correct;

import static org.villageregistry.ui.events.form.FormGrid.text;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.event.Birth;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.PersonPicker;
import org.villageregistry.ui.events.form.PersonPickerModel;

/**
 * A birth as its correction form shows it: time, sex, father (picked by search; empty means unknown), place,
 * weight, gestation, certificate and health. The mother and the child stay as recorded.
 */
final class BirthFields implements CorrectionFields<Birth> {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final StringProperty bornAt = new SimpleStringProperty("");
    final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    final PersonPickerModel father;
    final ObjectProperty<BirthPlace> place = new SimpleObjectProperty<>();
    final StringProperty weight = new SimpleStringProperty("");
    final StringProperty weeks = new SimpleStringProperty("");
    final StringProperty certificate = new SimpleStringProperty("");
    final StringProperty health = new SimpleStringProperty("");
    private final FatherLookup fathers;

    /** The recorded father, read from the register to show who he is. */
    @FunctionalInterface
    interface FatherLookup {
        Optional<Person> find(java.util.UUID id);
    }

    BirthFields(PersonPickerModel father, FatherLookup fathers) {
        this.father = father;
        this.fathers = fathers;
    }

    @Override
    public void fill(Birth b) {
        bornAt.set(b.bornAt() == null ? "" : AT.format(b.bornAt()));
        sex.set(b.sex());
        father.pick(b.fatherId() == null ? null : fathers.find(b.fatherId()).orElse(null));
        place.set(b.place());
        weight.set(CorrectionFields.text(b.weightGrams()));
        weeks.set(CorrectionFields.text(b.gestationWeeks()));
        certificate.set(CorrectionFields.text(b.certificateNumber()));
        health.set(CorrectionFields.text(b.healthStatus()));
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {bornAt, sex, father.query(), place, weight, weeks, certificate, health};
    }

    @Override
    public List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>();
        if (DateText.isBlank(bornAt.get())) {
            problems.add(Problem.error("bornAt", "service.birth.timeMissing"));
        } else if (DateText.dateTime(bornAt.get()).isEmpty()) {
            problems.add(Problem.error("bornAt", "events.error.dateTime", bornAt.get()));
        }
        if (father.person().isEmpty() && !father.query().get().isBlank()) {
            problems.add(Problem.error("fatherId", "events.error.pickFromList", father.query().get()));
        }
        CorrectionFields.numberProblem("weightGrams", weight.get()).ifPresent(problems::add);
        CorrectionFields.numberProblem("gestationWeeks", weeks.get()).ifPresent(problems::add);
        return problems;
    }

    @Override
    public Birth applyTo(Birth b) {
        return new Birth(b.id(), b.version(), b.owner(), b.childId(), b.motherId(),
                father.person().map(Person::id).orElse(null), DateText.dateTime(bornAt.get()).orElseThrow(),
                sex.get(), b.birthOrder(), place.get(), DateText.number(weight.get()).orElse(null),
                DateText.number(weeks.get()).orElse(null), CorrectionFields.blankToNull(certificate.get()),
                CorrectionFields.blankToNull(health.get()), b.recorded(), b.voidReason());
    }

    @Override
    public void addRows(Rows rows) {
        rows.add("events.birth.bornAt", text("correct-born-at", bornAt), "bornAt");
        rows.add("events.birth.sex", CodedChoice.of(List.of(Sex.MALE, Sex.FEMALE), sex, "correct-sex"), "sex");
        rows.add("events.birth.father", new PersonPicker(father, "correct-father"), "fatherId");
        rows.add("events.birth.place", CodedChoice.of(List.of(BirthPlace.values()), place, "correct-birth-place"),
                "place");
        rows.add("events.birth.weight", text("correct-weight", weight), "weightGrams");
        rows.add("events.birth.gestationWeeks", text("correct-weeks", weeks), "gestationWeeks");
        rows.add("events.birth.certificate", text("correct-certificate", certificate), "certificateNumber");
        rows.add("events.birth.health", text("correct-health", health), "healthStatus");
    }
}
