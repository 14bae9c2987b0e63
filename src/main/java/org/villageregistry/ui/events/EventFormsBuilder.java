package org.villageregistry.ui.events;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.events.death.DeathFormModel;
import org.villageregistry.ui.events.death.DeathFormView;
import org.villageregistry.ui.events.form.EventForm;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.marriage.MarriageFormModel;
import org.villageregistry.ui.events.marriage.MarriageFormView;
import org.villageregistry.ui.events.movein.MoveInFormModel;
import org.villageregistry.ui.events.movein.MoveInFormView;
import org.villageregistry.ui.events.moveout.MoveOutFormModel;
import org.villageregistry.ui.events.moveout.MoveOutFormView;
import org.villageregistry.ui.events.registration.BirthRegistrationFormModel;
import org.villageregistry.ui.events.registration.BirthRegistrationFormView;
import org.villageregistry.ui.events.registration.ReceiptActions;
import org.villageregistry.ui.reports.ReportsScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** Builds the forms after the birth form, in the order of the tabs. */
final class EventFormsBuilder {
    private EventFormsBuilder() {
    }

    /** The form, told to add a note after saving an event of a month already submitted or approved. */
    static <M extends EventFormModel> M told(M model, RegisterServices s) {
        model.tellOfLockedMonths(s.signoffs()::lockedMonthNotice);
        return model;
    }

    static void addOthers(ScreenContext context, BiConsumer<String, EventForm> add) {
        RegisterServices s = context.services();
        var open = (java.util.function.Consumer<java.util.UUID>) context.navigator()::showPerson;
        var executor = context.executor();
        String division = s.register().workstation().division().value();
        String office = Messages.get("events.registration.defaultOffice", s.register().workstation().divisionName());
        add.accept("death", new DeathFormView(told(new DeathFormModel(s.deaths(), s.persons(), executor), s), open));
        add.accept("marriage", new MarriageFormView(told(new MarriageFormModel(s.marriages(), s.persons(), executor,
                false), s), open));
        add.accept("divorce", new MarriageFormView(told(new MarriageFormModel(s.marriages(), s.persons(), executor,
                true), s), open));
        add.accept("move-in", new MoveInFormView(told(new MoveInFormModel(s.moves(), s.households(), executor), s),
                open));
        add.accept("move-out", new MoveOutFormView(told(new MoveOutFormModel(s.moves(), s.households(), s.persons(),
                executor, division), s), open));
        var reports = context.session().reports();
        var receipt = new ReceiptActions(reports, executor, ReportsScreen.printing(reports));
        add.accept("registration", new BirthRegistrationFormView(new BirthRegistrationFormModel(
                s.birthRegistrations(), s.persons(), receipt, executor, LocalDate.now(s.clock()), office), open));
    }
}
