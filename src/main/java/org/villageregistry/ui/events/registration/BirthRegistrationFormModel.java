package org.villageregistry.ui.events.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.villageregistry.service.registration.FirstMarriageGap;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/**
 * 生育登记: both spouses (prefilled when picked from the register), their joint children from the register with
 * their 孩次, the child registered (the coming one, or one already born: 补登) and so its order, the dates and the
 * office. The number is given on saving, per office and year; the saved registration is kept for its receipt
 * (回执), saved as PDF or printed from here. A marriage date typed for a spouse without 初婚日期 is offered for
 * the person's record afterwards ({@link #firstMarriageQuestion()}).
 */
public final class BirthRegistrationFormModel extends EventFormModel {
    private final BirthRegistrationService registrations;
    private final PersonService persons;
    private final ReceiptActions receipt;
    private final LocalDate today;
    private final String defaultOffice;
    private final PersonPickerModel wifePicker;
    private final PersonPickerModel husbandPicker;
    private final SpouseEntry wife = new SpouseEntry();
    private final SpouseEntry husband = new SpouseEntry();
    private final ObservableList<RegisteredChild> children = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper registeredOrder = new ReadOnlyStringWrapper("");
    private final ObservableList<ChildChoice> childChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ChildChoice> registeredChild = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FirstMarriageQuestion> firstMarriageQuestion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper firstMarriageMessage = new ReadOnlyStringWrapper("");
    private final StringProperty registeredOn = text();
    private final StringProperty expectedDelivery = text();
    private final StringProperty office = text();
    private final ReadOnlyObjectWrapper<BirthRegistration> saved = new ReadOnlyObjectWrapper<>();
    private long childrenAsked;

    public BirthRegistrationFormModel(BirthRegistrationService registrations, PersonService persons,
                                      ReceiptActions receipt, TaskExecutor executor, LocalDate today,
                                      String defaultOffice) {
        super(executor);
        this.registrations = registrations;
        this.persons = persons;
        this.receipt = receipt;
        this.today = today;
        this.defaultOffice = defaultOffice;
        this.wifePicker = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.FEMALE
                && PersonPickerModel.atLeast(p, PersonPickerModel.SPOUSE_AGE));
        this.husbandPicker = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.MALE
                && PersonPickerModel.atLeast(p, PersonPickerModel.SPOUSE_AGE));
        wifePicker.picked().addListener((o, was, now) -> picked(now, wife));
        husbandPicker.picked().addListener((o, was, now) -> picked(now, husband));
        registeredOn.set(today.toString());
        office.set(defaultOffice);
        watch(wifePicker.query(), husbandPicker.query(), expectedDelivery);
        registeredChild.addListener((o, was, now) -> showOrder());
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

    /**
     * Lists the couple's joint children from the register and the order the new child gets. Only the answer to the
     * latest question is shown: clearing the form after a save clears the wife first, and the husband's children,
     * asked for in between, must not come back once both are gone.
     */
    private void refreshChildren() {
        long asked = ++childrenAsked;
        UUID wifeId = wifePicker.person().map(Person::id).orElse(null);
        UUID husbandId = husbandPicker.person().map(Person::id).orElse(null);
        if (wifeId == null && husbandId == null) {
            listChildren(new CoupleChildren(List.of(), 1));
            return;
        }
        executor().execute(BackgroundTask.of(p -> registrations.jointChildren(wifeId, husbandId))
                .onSuccess(found -> {
                    if (asked == childrenAsked) {
                        listChildren(found);
                    }
                }));
    }

    /** The children to choose from: the coming one first, then each child already born; a choice still listed stays. */
    private void listChildren(CoupleChildren found) {
        children.setAll(found.children());
        List<ChildChoice> choices = new ArrayList<>();
        choices.add(new ChildChoice(null, found.nextOrder(),
                Messages.get("events.registration.childComing", found.nextOrder())));
        for (CoupleChildren.CoupleChild c : found.known()) {
            choices.add(new ChildChoice(c.personId(), c.child().order(), Messages.get(
                    "events.registration.childBornChoice", c.child().order(), c.child().name(),
                    String.valueOf(c.child().birthDate()))));
        }
        UUID chosen = registeredChild.get() == null ? null : registeredChild.get().personId();
        childChoices.setAll(choices);
        registeredChild.set(choices.stream().filter(c -> java.util.Objects.equals(c.personId(), chosen)).findFirst()
                .orElse(choices.get(0)));
        showOrder();
    }

    private void showOrder() {
        ChildChoice c = registeredChild.get();
        registeredOrder.set(c == null ? "" : Messages.get(c.isBorn() ? "events.registration.orderBorn"
                : "events.registration.orderValue", c.order()));
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
                office.get(), registeredChild.get() == null ? null : registeredChild.get().personId());
        return () -> confirmOrSave(registrations.check(report), confirmed, () -> {
            BirthRegistration registration = registrations.register(report);
            return new SaveOutcome.Saved(Messages.get("events.registration.saved",
                    registration.registrationNumber(), registration.registeredOrder()),
                    registration.wife().personId() != null ? registration.wife().personId()
                            : registration.husband().personId(),
                    new Registered(registration, registrations.firstMarriageGaps(report)));
        });
    }

    /** A saved registration with the spouses whose 初婚日期 it could fill. */
    private record Registered(BirthRegistration registration, List<FirstMarriageGap> gaps) {
    }

    @Override
    protected void onSaved(Object record) {
        Registered registered = (Registered) record;
        saved.set(registered.registration());
        firstMarriageMessage.set("");
        List<FirstMarriageGap> gaps = registered.gaps();
        firstMarriageQuestion.set(gaps.isEmpty() ? null : new FirstMarriageQuestion(Messages.get(
                "events.registration.fillFirstMarriage", gaps.stream().map(FirstMarriageGap::name)
                        .collect(Collectors.joining("、")), gaps.stream().map(g -> g.marriageDate().toString())
                        .distinct().collect(Collectors.joining("、"))), gaps));
    }

    /**
     * The registrar's answer to {@link #firstMarriageQuestion()}: yes fills each spouse's 初婚日期 with the
     * marriage date of the registration (the person rules apply; a refusal is told); no leaves the records.
     */
    public void answerFirstMarriage(boolean fill) {
        FirstMarriageQuestion question = firstMarriageQuestion.get();
        firstMarriageQuestion.set(null);
        if (question == null || !fill) {
            return;
        }
        executor().execute(BackgroundTask.of(p -> {
            for (FirstMarriageGap gap : question.gaps()) {
                persons.fillFirstMarriage(gap.personId(), gap.marriageDate());
            }
            return Messages.get("events.registration.firstMarriageFilled", question.gaps().stream()
                    .map(FirstMarriageGap::name).collect(Collectors.joining("、")));
        }).onSuccess(firstMarriageMessage::set)
                .onFailure(f -> firstMarriageMessage.set(f.getMessage() == null ? f.getClass().getSimpleName()
                        : f.getMessage())));
    }

    private static Spouse spouse(SpouseEntry e, PersonPickerModel picker) {
        return new Spouse(picker.person().map(Person::id).orElse(null), e.name().get(), e.idNumberToSave(),
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
        registeredChild.set(null);
        receipt.reset();
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

    /** The child registered: the coming one, or one already born (补登), with its order. */
    public ObjectProperty<ChildChoice> registeredChild() {
        return registeredChild;
    }

    public ObservableList<ChildChoice> childChoices() {
        return childChoices;
    }

    /** Asked after saving when a spouse has no 初婚日期 and the registration gives the marriage date. */
    public ReadOnlyObjectProperty<FirstMarriageQuestion> firstMarriageQuestion() {
        return firstMarriageQuestion.getReadOnlyProperty();
    }

    /** What came of filling the 初婚日期 (done, or why the record refused it). */
    public ReadOnlyStringProperty firstMarriageMessage() {
        return firstMarriageMessage.getReadOnlyProperty();
    }

    /** The receipt of the saved registration: save as PDF, print. */
    public ReceiptActions receipt() {
        return receipt;
    }

    /** The registration last saved, for its receipt. */
    public ReadOnlyObjectProperty<BirthRegistration> saved() {
        return saved.getReadOnlyProperty();
    }
}
