package org.villageregistry.ui.events.correct;

import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.event.Death;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.DateText;

/** A death as its correction form shows it: date, place and cause. */
final class DeathFields implements CorrectionFields<Death> {
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final ObjectProperty<DeathCause> cause = new SimpleObjectProperty<>();

    @Override
    public void fill(Death d) {
        date.set(CorrectionFields.text(d.date()));
        place.set(CorrectionFields.text(d.place()));
        cause.set(d.cause());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {date, place, cause};
    }

    @Override
    public List<Problem> formProblems() {
        return CorrectionFields.dateProblems(date.get(), "events.death.date");
    }

    @Override
    public Death applyTo(Death d) {
        return new Death(d.id(), d.version(), d.owner(), d.personId(), DateText.date(date.get()).orElseThrow(),
                CorrectionFields.blankToNull(place.get()), cause.get(), d.recorded(), d.voidReason());
    }

    @Override
    public void addRows(Rows rows) {
        rows.add("events.death.date", date("correct-date", date), "date");
        rows.add("events.death.place", text("correct-place", place), "place");
        rows.add("events.death.cause", CodedChoice.of(List.of(DeathCause.values()), cause, "correct-cause"), "cause");
    }
}
