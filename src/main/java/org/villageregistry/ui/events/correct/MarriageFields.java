package org.villageregistry.ui.events.correct;

import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.DateText;

/** A marriage as its correction form shows it: kind, date, certificate, and the partner outside the register. */
final class MarriageFields implements CorrectionFields<Marriage> {
    final ObjectProperty<MarriageKind> kind = new SimpleObjectProperty<>();
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty certificate = new SimpleStringProperty("");
    final StringProperty otherName = new SimpleStringProperty("");
    final StringProperty otherId = new SimpleStringProperty("");
    private boolean oneSideOutside;

    @Override
    public void fill(Marriage m) {
        oneSideOutside = m.husbandId() == null || m.wifeId() == null;
        kind.set(m.kind());
        date.set(CorrectionFields.text(m.date()));
        certificate.set(CorrectionFields.text(m.certificateNumber()));
        otherName.set(CorrectionFields.text(m.otherPartyName()));
        otherId.set(CorrectionFields.text(m.otherPartyIdNumber()));
    }

    @Override
    public Observable[] inputs() {
        return new Observable[] {kind, date, certificate, otherName, otherId};
    }

    @Override
    public List<Problem> formProblems() {
        return CorrectionFields.dateProblems(date.get(), "events.marriage.date");
    }

    @Override
    public Marriage applyTo(Marriage m) {
        return new Marriage(m.id(), m.version(), m.owner(), kind.get(), m.husbandId(), m.wifeId(),
                CorrectionFields.blankToNull(otherName.get()), CorrectionFields.blankToNull(otherId.get()),
                DateText.date(date.get()).orElseThrow(), CorrectionFields.blankToNull(certificate.get()),
                m.recorded(), m.voidReason());
    }

    @Override
    public void addRows(Rows rows) {
        rows.add("events.marriage.kind", CodedChoice.of(List.of(MarriageKind.values()), kind, "correct-kind"),
                "kind");
        rows.add("events.marriage.date", date("correct-date", date), "date");
        rows.add("events.marriage.certificate", text("correct-certificate", certificate), "certificateNumber");
        if (oneSideOutside) {
            rows.add("events.marriage.otherName", text("correct-other-name", otherName), "otherPartyName");
            rows.add("events.marriage.otherId", text("correct-other-id", otherId), "otherPartyIdNumber");
        }
    }
}
