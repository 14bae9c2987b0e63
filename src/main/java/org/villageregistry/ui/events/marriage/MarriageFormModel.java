package org.villageregistry.ui.events.marriage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.villageregistry.domain.event.EventSource;
import org.villageregistry.domain.event.Marriage;
import org.villageregistry.domain.event.MarriageKind;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.service.MarriageReport;
import org.villageregistry.service.MarriageService;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.events.form.DateText;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SaveOutcome;

/**
 * Marriage, remarriage or divorce (MarriageService with the kind). Husband and wife are picked from the register;
 * when one of them lives elsewhere, their name (and ID number when known) is typed instead.
 */
public final class MarriageFormModel extends EventFormModel {
    private final MarriageService marriages;
    private final boolean divorce;
    private final ObjectProperty<MarriageKind> kind;
    private final PersonPickerModel husband;
    private final PersonPickerModel wife;
    private final StringProperty otherPartyName = text();
    private final StringProperty otherPartyIdNumber = text();
    private final StringProperty date = text();
    private final StringProperty certificateNumber = text();

    /** {@code divorce}: the divorce form; otherwise the marriage form (marriage or remarriage). */
    public MarriageFormModel(MarriageService marriages, PersonService persons, TaskExecutor executor,
                             boolean divorce) {
        super(executor);
        this.marriages = marriages;
        this.divorce = divorce;
        this.kind = choice(divorce ? MarriageKind.DIVORCE : MarriageKind.MARRIAGE);
        this.husband = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.MALE
                && PersonPickerModel.atLeast(p, PersonPickerModel.SPOUSE_AGE));
        this.wife = new PersonPickerModel(persons, executor, p -> p.sex() == Sex.FEMALE
                && PersonPickerModel.atLeast(p, PersonPickerModel.SPOUSE_AGE));
        watch(kind, husband.query(), wife.query(), otherPartyName, otherPartyIdNumber, date, certificateNumber);
    }

    @Override
    public String titleKey() {
        return divorce ? "events.divorce.title" : "events.marriage.title";
    }

    public boolean isDivorce() {
        return divorce;
    }

    /** The kinds this form offers. */
    public List<MarriageKind> kinds() {
        return divorce ? List.of(MarriageKind.DIVORCE) : List.of(MarriageKind.MARRIAGE, MarriageKind.REMARRIAGE);
    }

    @Override
    protected List<Problem> formProblems() {
        List<Problem> problems = new ArrayList<>();
        notPicked(husband, "husbandId", problems);
        notPicked(wife, "wifeId", problems);
        if (DateText.isBlank(date.get())) {
            problems.add(required("date", "events.marriage.date"));
        } else if (DateText.date(date.get()).isEmpty()) {
            problems.add(Problem.error("date", "events.error.date", date.get()));
        }
        return problems;
    }

    private static void notPicked(PersonPickerModel picker, String field, List<Problem> problems) {
        if (picker.person().isEmpty() && !picker.query().get().isBlank()) {
            problems.add(Problem.error(field, "events.error.pickFromList", picker.query().get()));
        }
    }

    @Override
    protected SaveCall prepare(boolean confirmed) {
        UUID husbandId = husband.person().map(Person::id).orElse(null);
        UUID wifeId = wife.person().map(Person::id).orElse(null);
        String husbandName = husband.person().map(Person::name).orElse(otherPartyName.get().strip());
        String wifeName = wife.person().map(Person::name).orElse(otherPartyName.get().strip());
        MarriageReport report = new MarriageReport(kind.get(), husbandId, wifeId, blankToNull(otherPartyName.get()),
                blankToNull(otherPartyIdNumber.get()), DateText.date(date.get()).orElseThrow(),
                blankToNull(certificateNumber.get()), EventSource.SELF_REPORT);
        return () -> {
            Marriage m = marriages.record(report);
            return new SaveOutcome.Saved(Messages.get("events.marriage.saved", m.kind().label(), husbandName,
                    wifeName, m.date()), husbandId != null ? husbandId : wifeId).on(m.date());
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    protected void clearFields() {
        kind.set(divorce ? MarriageKind.DIVORCE : MarriageKind.MARRIAGE);
        husband.clear();
        wife.clear();
        otherPartyName.set("");
        otherPartyIdNumber.set("");
        date.set("");
        certificateNumber.set("");
    }

    public ObjectProperty<MarriageKind> kind() {
        return kind;
    }

    public PersonPickerModel husband() {
        return husband;
    }

    public PersonPickerModel wife() {
        return wife;
    }

    public StringProperty otherPartyName() {
        return otherPartyName;
    }

    public StringProperty otherPartyIdNumber() {
        return otherPartyIdNumber;
    }

    public StringProperty date() {
        return date;
    }

    public StringProperty certificateNumber() {
        return certificateNumber;
    }
}
