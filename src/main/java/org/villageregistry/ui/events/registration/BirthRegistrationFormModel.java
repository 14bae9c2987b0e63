package org.villageregistry.ui.events.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.registration.Spouse;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.registration.BirthRegistrationReport;
import org.villageregistry.service.registration.BirthRegistrationService;
import org.villageregistry.service.registration.CoupleChildren;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/**
 * 生育登记: both spouses (prefilled when picked from the register), their joint children from the register with
 * their 孩次, the order the new child is registered as, the dates and the office. The number is given on saving,
 * per office and year; the saved registration is kept for the printed receipt (回执).
 */
public final class BirthRegistrationFormModel extends EventFormModel {
    private final BirthRegistrationService registrations;
    private final LocalDate today;
    private final String defaultOffice;
    private final PersonPickerModel wifePicker;
    private final PersonPickerModel husbandPicker;
    private final SpouseEntry wife = new SpouseEntry();
    private final SpouseEntry husband = new SpouseEntry();
    private final ObservableList<RegisteredChild> children = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper registeredOrder = new ReadOnlyStringWrapper("");
    private final StringProperty registeredOn = text();
    private final StringProperty expectedDelivery = text();
    private final StringProperty office = text();
    private final ReadOnlyObjectWrapper<BirthRegistration> saved = new ReadOnlyObjectWrapper<>();

    public BirthRegistrationFormModel(BirthRegistrationService registrations, PersonService persons,
                                      TaskExecutor executor, LocalDate today, String defaultOffice) {
        super(executor);
        this.registrations = registrations;
        this.today = today;
        this.defaultOffice = defaultOffice;
        this.wifePicker = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.FEMALE);
        this.husbandPicker = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.MALE);
        wifePicker.picked().addListener((o, was, now) -> picked(now, wife));
        husbandPicker.picked().addListener((o, was, now) -> picked(now, husband));
        registeredOn.set(today.toString());
        office.set(defaultOffice);
        watch(wifePicker.query(), husbandPicker.query(), expectedDelivery);
        watch(wife.inputs());
        watch(husband.inputs());
        refreshChildren();
    }

    @Override
    public String titleKey() {
        return "events.registration.title";
    }

    private void picked(Person person, SpouseEntry entry) {
        if (person != null) {
            executor().execute(BackgroundTask.of(p -> registrations.spouseFromRegister(person.id()))
                    .onSuccess(entry::fill));
        }
        refreshChildren();
    }

    /** Lists the couple's joint children from the register and the order the new child gets. */
    private void refreshChildren() {
        UUID wifeId = wifePicker.person().map(Person::id).orElse(null);
        UUID husbandId = husbandPicker.person().map(Person::id).orElse(null);
        if (wifeId == null && husbandId == null) {
            children.clear();
            registeredOrder.set(Messages.get("events.registration.orderValue", 1));
            return;
        }
        executor().execute(BackgroundTask.of(p -> registrations.jointChildren(wifeId, husbandId))
                .onSuccess((CoupleChildren found) -> {
                    children.setAll(found.children());
                    registeredOrder.set(Messages.get("events.registration.orderValue", found.nextOrder()));
                }));
    }

    @Override
    protected List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>();
        date(registeredOn, "registeredOn", problems);
        date(expectedDelivery, "expectedDelivery", problems);
        date(wife.marriageDate(), "wife.marriageDate", problems);
        date(husband.marriageDate(), "husband.marriageDate", problems);
        return problems;
    }

    private static void date(StringProperty text, String field, List<Problem> problems) {
        if (!DateText.isBlank(text.get()) && DateText.date(text.get()).isEmpty()) {
            problems.add(Problem.error(field, "events.error.date", text.get()));
        }
    }

    @Override
    protected SaveCall prepare(boolean confirmed) {
        BirthRegistrationReport report = new BirthRegistrationReport(
                spouse(wife, wifePicker), spouse(husband, husbandPicker),
                DateText.date(registeredOn.get()).orElse(null), DateText.date(expectedDelivery.get()).orElse(null),
                office.get());
        return () -> confirmOrSave(registrations.check(report), confirmed, () -> {
            BirthRegistration registration = registrations.register(report);
            return new SaveOutcome.Saved(Messages.get("events.registration.saved",
                    registration.registrationNumber(), registration.registeredOrder()),
                    registration.wife().personId() != null ? registration.wife().personId()
                            : registration.husband().personId(), registration);
        });
    }

    @Override
    protected void onSaved(Object record) {
        saved.set((BirthRegistration) record);
    }

    private static Spouse spouse(SpouseEntry e, PersonPickerModel picker) {
        return new Spouse(picker.person().map(Person::id).orElse(null), e.name().get(), e.idNumber().get(),
                e.ethnicity().get(), e.hukouAddress().get(), e.currentAddress().get(), e.maritalStatus().get(),
                DateText.date(e.marriageDate().get()).orElse(null));
    }

    @Override
    protected void clearFields() {
        wifePicker.clear();
        husbandPicker.clear();
        wife.clear();
        husband.clear();
        registeredOn.set(today.toString());
        expectedDelivery.set("");
        office.set(defaultOffice);
        refreshChildren();
    }

    public PersonPickerModel wifePicker() {
        return wifePicker;
    }

    public PersonPickerModel husbandPicker() {
        return husbandPicker;
    }

    public SpouseEntry wife() {
        return wife;
    }

    public SpouseEntry husband() {
        return husband;
    }

    public ObservableList<RegisteredChild> children() {
        return children;
    }

    /** "第 3 孩": the order the child being registered gets. */
    public ReadOnlyStringProperty registeredOrder() {
        return registeredOrder.getReadOnlyProperty();
    }

    public StringProperty registeredOn() {
        return registeredOn;
    }

    public StringProperty expectedDelivery() {
        return expectedDelivery;
    }

    public StringProperty office() {
        return office;
    }

    /** The registration last saved, for its receipt. */
    public ReadOnlyObjectProperty<BirthRegistration> saved() {
        return saved.getReadOnlyProperty();
    }
}
