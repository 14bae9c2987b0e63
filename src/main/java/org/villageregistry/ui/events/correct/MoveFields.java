package org.villageregistry.ui.events.correct;

import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.DateText;

/**
 * A move as its correction form shows it: kind (迁入 and 流入 for one another), date, where from when moving in or
 * where to when moving out, address and reason. Who moved stays as recorded.
 */
final class MoveFields implements CorrectionFields<Move> {
    final ObjectProperty<MoveKind> kind = new SimpleObjectProperty<>();
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final ObjectProperty<MoveReason> reason = new SimpleObjectProperty<>();
    private List<MoveKind> kinds = List.of();
    private boolean in;

    @Override
    public void fill(Move m) {
        in = m.entersRegister();
        kinds = in ? List.of(MoveKind.HUKOU_IN, MoveKind.FLOAT_IN) : List.of(m.kind());
        kind.set(m.kind());
        date.set(CorrectionFields.text(m.date()));
        place.set(CorrectionFields.text(in ? m.fromDivision() : m.toDivision()));
        address.set(CorrectionFields.text(m.address()));
        reason.set(m.reason());
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {kind, date, place, address, reason};
    }

    @Override
    public List<Problem> formProblems() {
        return CorrectionFields.dateProblems(date.get(), "events.move.date");
    }

    @Override
    public Move applyTo(Move m) {
        String typedPlace = CorrectionFields.blankToNull(place.get());
        return new Move(m.id(), m.version(), m.owner(), kind.get(), m.personIds(), m.householdId(),
                DateText.date(date.get()).orElseThrow(), in ? typedPlace : m.fromDivision(),
                in ? m.toDivision() : typedPlace, CorrectionFields.blankToNull(address.get()), reason.get(),
                m.recorded(), m.voidReason());
    }

    @Override
    public void addRows(Rows rows) {
        rows.add("events.move.kind", CodedChoice.of(kinds, kind, "correct-kind"), "kind");
        rows.add("events.move.date", date("correct-date", date), "date");
        if (in) {
            rows.add("events.moveIn.fromDivision", text("correct-from", place), "fromDivision");
        } else {
            rows.add("events.moveOut.toDivision", text("correct-to", place), "toDivision");
        }
        rows.add("events.move.address", text("correct-address", address), "address");
        rows.add("events.move.reason", CodedChoice.of(List.of(MoveReason.values()), reason, "correct-move-reason"),
                "reason");
    }
}
