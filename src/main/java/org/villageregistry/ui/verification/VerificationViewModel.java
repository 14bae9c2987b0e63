package org.villageregistry.ui.verification;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.service.verification.VerificationReport;
import org.villageregistry.service.verification.VerificationService;
import org.villageregistry.ui.task.ScreenWork;
import org.villageregistry.ui.verification.VerificationLines.PersonLine;
import org.villageregistry.ui.verification.VerificationLines.RateLine;
import org.villageregistry.ui.verification.VerificationLines.VerificationLine;

/**
 * 抽样核查 (township): draw a sample (villages, households per village, seed), save each village's sheet and the
 * report as PDF, enter what the team found person by person and household by household, and see the rates. Every
 * entry goes through the verification service, which refuses bad input quoting it and changes nothing then.
 */
public final class VerificationViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(VerificationViewModel.class);

    private final VerificationService service;
    private final ReportService reports;
    private final ScreenWork work;
    private final ObservableList<VerificationLine> verifications = FXCollections.observableArrayList();
    private final ObservableList<PersonLine> persons = FXCollections.observableArrayList();
    private final ObservableList<String> found = FXCollections.observableArrayList();
    private final ObservableList<RateLine> rates = FXCollections.observableArrayList();
    private final ObservableList<Division> villages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<VerificationLine> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    private final StringProperty villageCodes = new SimpleStringProperty("");
    private final StringProperty households = new SimpleStringProperty("5");
    private final StringProperty seed = new SimpleStringProperty("");
    private final BooleanProperty newborns = new SimpleBooleanProperty(true);

    private final StringProperty person = new SimpleStringProperty("");
    private final ObjectProperty<PersonOutcome> outcome = new SimpleObjectProperty<>(PersonOutcome.CORRECT);
    private final ObjectProperty<CheckedField> field = new SimpleObjectProperty<>(CheckedField.BIRTH_DATE);
    private final StringProperty value = new SimpleStringProperty("");

    private final StringProperty household = new SimpleStringProperty("");
    private final ObjectProperty<FoundPerson.Kind> foundKind = new SimpleObjectProperty<>(FoundPerson.Kind.MISSING_PERSON);
    private final StringProperty foundName = new SimpleStringProperty("");
    private final ObjectProperty<Sex> foundSex = new SimpleObjectProperty<>(Sex.FEMALE);
    private final StringProperty foundBirth = new SimpleStringProperty("");
    private final BooleanProperty foundMarried = new SimpleBooleanProperty(false);

    public VerificationViewModel(VerificationService service, ReportService reports, TaskExecutor executor,
                                 Executor uiThread, LocalDate today) {
        this.service = Objects.requireNonNull(service);
        this.reports = Objects.requireNonNull(reports);
        this.work = new ScreenWork(executor, uiThread, LOG);
        seed.set(today.toString().replace("-", ""));
    }

    private record Loaded(List<VerificationLine> lines, List<Division> villages, VerificationReport chosen) {
    }

    /** Reloads the list and the chosen verification (the newest when none was chosen). */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        work.runWhenIdle(Messages.get("verifui.loading"), "Loading the verifications", p -> load(keep), this::show);
    }

    private Loaded load(Long keep) {
        List<VerificationLine> lines = service.list().stream().map(v -> VerificationLines.line(service.report(v.id())))
                .toList();
        long id = keep != null ? keep : lines.isEmpty() ? -1 : lines.get(0).id();
        return new Loaded(lines, service.villages(), id < 0 ? null : service.report(id));
    }

    private void show(Loaded loaded) {
        verifications.setAll(loaded.lines());
        villages.setAll(loaded.villages());
        showChosen(loaded.chosen());
    }

    private void showChosen(VerificationReport report) {
        if (report == null) {
            selected.set(null);
            persons.clear();
            found.clear();
            rates.clear();
            return;
        }
        long id = report.sample().verification().id();
        selected.set(verifications.stream().filter(l -> l.id() == id).findFirst().orElse(VerificationLines.line(report)));
        persons.setAll(VerificationLines.persons(report));
        found.setAll(VerificationLines.found(report));
        rates.setAll(VerificationLines.rates(report));
    }

    /** Shows a verification of the list: its persons, what was found and its rates. */
    public void select(VerificationLine line) {
        if (line == null || (selected.get() != null && selected.get().id() == line.id())) {
            return;
        }
        result.set("");
        work.runWhenIdle(Messages.get("verifui.loading"), "Loading a verification", p -> service.report(line.id()),
                this::showChosen);
    }

    /** Draws a new sample from the villages typed (none: all), the households per village and the seed. */
    public void draw() {
        List<String> codes = Arrays.stream(villageCodes.get().split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        String typedHouseholds = households.get().strip();
        String typedSeed = seed.get().strip();
        boolean listed = newborns.get();
        result.set("");
        work.run(Messages.get("verifui.drawing"), "Drawing a verification sample", p -> {
            int n = parse(typedHouseholds, "verification.error.households");
            long s = parseSeed(typedSeed);
            var drawn = service.draw(new VerificationService.Draw(codes, n, s, listed));
            return new Done(load(drawn.verification().id()), Messages.get("verifui.drawn",
                    String.valueOf(drawn.verification().id()), String.valueOf(s),
                    String.valueOf(drawn.households().size()), String.valueOf(drawn.persons().size())));
        }, this::done);
    }

    /** Enters the result of the person whose number is typed. */
    public void recordPerson() {
        VerificationLine line = selected.get();
        if (line == null) {
            return;
        }
        String number = person.get().strip();
        PersonOutcome o = outcome.get();
        Map<CheckedField, String> corrections = o == PersonOutcome.WRONG ? Map.of(field.get(), value.get()) : Map.of();
        work.run(Messages.get("verifui.recording"), "Recording a verification result", p -> {
            var r = service.recordPerson(line.id(), number, o, corrections);
            return new Done(load(line.id()), Messages.get("cli.verification.personRecorded", number,
                    r.outcome().label()));
        }, done -> {
            done(done);
            person.set(next(number));
            value.set("");
            outcome.set(PersonOutcome.CORRECT);
        });
    }

    /** Enters a person found living in the household typed but not registered, or a birth not recorded. */
    public void recordFound() {
        VerificationLine line = selected.get();
        if (line == null) {
            return;
        }
        String h = household.get().strip();
        FoundPerson.Kind kind = foundKind.get();
        String name = foundName.get();
        Sex sex = foundSex.get();
        String birth = foundBirth.get().strip();
        boolean married = foundMarried.get();
        work.run(Messages.get("verifui.recording"), "Recording a person found", p -> {
            LocalDate born = date(birth);
            FoundPerson f = service.recordFound(line.id(), h, kind, name, sex, born, married);
            return new Done(load(line.id()), Messages.get("cli.verification.foundRecorded", h, f.name(),
                    VerificationLines.label(kind)));
        }, done -> {
            done(done);
            foundName.set("");
            foundBirth.set("");
            foundMarried.set(false);
        });
    }

    /** Every drawn person without a result is correct (those ticked on the sheets). */
    public void restCorrect() {
        VerificationLine line = selected.get();
        if (line == null) {
            return;
        }
        work.run(Messages.get("verifui.recording"), "Marking the rest correct", p -> {
            int n = service.recordRestCorrect(line.id(), "");
            return new Done(load(line.id()), Messages.get("cli.verification.restRecorded", String.valueOf(n)));
        }, this::done);
    }

    /** Enters the results file the field team filled: all of it, or nothing and the line that is wrong. */
    public void importResults(Path file) {
        VerificationLine line = selected.get();
        if (line == null) {
            return;
        }
        work.run(Messages.get("verifui.importing"), "Importing a verification results file", p -> {
            VerificationService.Imported done = service.importResults(line.id(), file);
            return new Done(load(line.id()), Messages.get("verification.file.imported", String.valueOf(done.persons()),
                    String.valueOf(done.found()), String.valueOf(done.newborns())));
        }, this::done);
    }

    /** Saves the sheet of the village for the chosen verification as PDF. */
    public void saveSheet(Division village, Path file) {
        VerificationLine line = selected.get();
        if (line == null || village == null) {
            return;
        }
        work.run(Messages.get("verifui.printing"), "Writing a verification sheet", p -> {
            reports.writePdf(reports.verificationSheet(service.sheet(line.id(), village.code().value())), file);
            return Messages.get("cli.verification.sheetWritten", file.toString());
        }, result::set);
    }

    /** Saves the verification report of the chosen verification as PDF. */
    public void saveReport(Path file) {
        VerificationLine line = selected.get();
        if (line == null) {
            return;
        }
        work.run(Messages.get("verifui.printing"), "Writing a verification report", p -> {
            reports.writePdf(reports.verificationReport(service.report(line.id())), file);
            return Messages.get("cli.verification.reportWritten", file.toString());
        }, result::set);
    }

    private record Done(Loaded loaded, String message) {
    }

    private void done(Done done) {
        show(done.loaded());
        result.set(done.message());
    }

    private static int parse(String typed, String key) {
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new RegistryException(e, key, typed);
        }
    }

    private static long parseSeed(String typed) {
        try {
            return Long.parseLong(typed);
        } catch (NumberFormatException e) {
            throw new RegistryException(e, "verification.error.seed", typed);
        }
    }

    private static LocalDate date(String typed) {
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            throw new RegistryException(e, "verification.error.date", typed);
        }
    }

    /** After person 7 the clerk most likely enters person 8. */
    private static String next(String number) {
        try {
            return String.valueOf(Integer.parseInt(number) + 1);
        } catch (NumberFormatException e) {
            return number;
        }
    }

    public ObservableList<VerificationLine> verifications() {
        return verifications;
    }

    public ObservableList<PersonLine> persons() {
        return persons;
    }

    public ObservableList<String> found() {
        return found;
    }

    public ObservableList<RateLine> rates() {
        return rates;
    }

    public ObservableList<Division> villages() {
        return villages;
    }

    public ReadOnlyObjectProperty<VerificationLine> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public StringProperty villageCodesProperty() {
        return villageCodes;
    }

    public StringProperty householdsProperty() {
        return households;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public BooleanProperty newbornsProperty() {
        return newborns;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<PersonOutcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<CheckedField> fieldProperty() {
        return field;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty householdProperty() {
        return household;
    }

    public ObjectProperty<FoundPerson.Kind> foundKindProperty() {
        return foundKind;
    }

    public StringProperty foundNameProperty() {
        return foundName;
    }

    public ObjectProperty<Sex> foundSexProperty() {
        return foundSex;
    }

    public StringProperty foundBirthProperty() {
        return foundBirth;
    }

    public BooleanProperty foundMarriedProperty() {
        return foundMarried;
    }

    ScreenWork work() {
        return work;
    }
}
