package org.villageregistry.ui.events.death;

import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.villageregistry.domain.event.DeathCause;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.PersonPicker;
import org.villageregistry.ui.events.form.SimpleFormView;

/** The death form. */
public final class DeathFormView extends SimpleFormView {
    public DeathFormView(DeathFormModel model, Consumer<UUID> openPerson) {
        super(model, openPerson);
        row("events.death.person", new PersonPicker(model.person(), "death-person"), "personId");
        row("events.death.date", date("death-date", model.date()), "date");
        row("events.death.place", text("death-place", model.place()), "place");
        row("events.death.cause", CodedChoice.of(List.of(DeathCause.values()), model.cause(), "death-cause"), "cause");
    }
}
