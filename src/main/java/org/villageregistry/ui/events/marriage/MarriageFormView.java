package org.villageregistry.ui.events.marriage;

import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.PersonPicker;
import org.villageregistry.ui.events.form.SimpleFormView;

/** The marriage form and the divorce form. */
public final class MarriageFormView extends SimpleFormView {
    public MarriageFormView(MarriageFormModel model, Consumer<UUID> openPerson) {
        super(model, openPerson);
        String p = model.isDivorce() ? "divorce-" : "marriage-";
        if (!model.isDivorce()) {
            row("events.marriage.kind", CodedChoice.of(model.kinds(), model.kind(), p + "kind"), "kind");
        }
        row("events.marriage.husband", new PersonPicker(model.husband(), p + "husband"), "husbandId");
        row("events.marriage.wife", new PersonPicker(model.wife(), p + "wife"), "wifeId");
        row("events.marriage.otherName", text(p + "other-name", model.otherPartyName()), "otherPartyName")
                .setPromptText(org.villageregistry.domain.text.Messages.get("events.marriage.otherHint"));
        row("events.marriage.otherId", text(p + "other-id", model.otherPartyIdNumber()), "otherPartyIdNumber");
        row("events.marriage.date", date(p + "date", model.date()), "date");
        row("events.marriage.certificate", text(p + "certificate", model.certificateNumber()), "certificateNumber");
    }
}
