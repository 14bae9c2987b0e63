package org.villageregistry.ui.services;

import org.villageregistry.domain.person.Person;
import org.villageregistry.ui.events.form.PersonPickerModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.health.Pregnancy;
import org.villageregistry.domain.health.ServiceVisit;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.health.HealthListEntry;
import org.villageregistry.service.health.NewVisit;
import org.villageregistry.service.health.OpenedPregnancy;
import org.villageregistry.service.health.OpenedVisit;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.shell.Navigator;

/**
 * 孕情与随访: the lists (current pregnancies, recent visits, overdue and due follow-ups) carry names only; the
 * health details appear after the registrar opens one record, and every opening is audited by the service.
 */
public final class ServicesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ServicesViewModel.class);
    static final int RECENT_DAYS = 90;

    /** One line of the opened record: what and its value. */
    public record DetailLine(String label, String value) {
    }

    private final RegisterServices services;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ObservableList<HealthListEntry> pregnancies = FXCollections.observableArrayList();
    private final ObservableList<HealthListEntry> visits = FXCollections.observableArrayList();
    private final ObservableList<HealthListEntry> overdue = FXCollections.observableArrayList();
    private final ObservableList<HealthListEntry> dueSoon = FXCollections.observableArrayList();
    private final ObservableList<DetailLine> detail = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private UUID openedPerson;
    private String openedName = "";
    private UUID openedPregnancy;

    public ServicesViewModel(RegisterServices services, TaskExecutor executor, Navigator navigator) {
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.navigator = Objects.requireNonNull(navigator);
    }

    public void refresh() {
        loading.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(progress -> List.of(services.health().currentPregnancies(),
                        services.health().recentVisits(RECENT_DAYS), services.health().overdue(),
                        services.health().dueSoon()))
                .titled(Messages.get("services.loading"))
                .onSuccess(lists -> {
                    pregnancies.setAll(lists.get(0));
                    visits.setAll(lists.get(1));
                    overdue.setAll(lists.get(2));
                    dueSoon.setAll(lists.get(3));
                })
                .onFailure(this::failed)
                .onFinished(() -> loading.set(false)));
    }

    /** Opens a current pregnancy: audited, then its dates and visits are shown. */
    public void openPregnancy(HealthListEntry entry) {
        if (entry == null) {
            return;
        }
        run(p -> services.health().openPregnancy(entry.recordId()), this::showPregnancy);
    }

    /** Opens a visit (from the visits or due lists): audited, then its details are shown. */
    public void openVisit(HealthListEntry entry) {
        if (entry == null) {
            return;
        }
        run(p -> services.health().openVisit(entry.recordId()), this::showVisit);
    }

    private void showPregnancy(OpenedPregnancy opened) {
        Pregnancy p = opened.pregnancy();
        openedPerson = p.womanId();
        openedName = opened.womanName();
        openedPregnancy = p.id();
        detailTitle.set(Messages.get("services.pregnancy.title", opened.womanName()));
        List<DetailLine> lines = new ArrayList<>();
        lines.add(line("services.field.lmp", date(p.lastMenstrualPeriod())));
        lines.add(line("services.field.expected", date(p.expectedDelivery())));
        for (ServiceVisit v : opened.visits()) {
            lines.add(new DetailLine(date(v.date()), describe(v)));
        }
        if (opened.visits().isEmpty()) {
            lines.add(line("services.field.visits", Messages.get("services.noVisits")));
        }
        detail.setAll(lines);
    }

    private void showVisit(OpenedVisit opened) {
        ServiceVisit v = opened.visit();
        openedPerson = v.personId();
        openedName = opened.personName();
        openedPregnancy = v.pregnancyId();
        detailTitle.set(Messages.get("services.visit.title", opened.personName()));
        detail.setAll(List.of(
                line("services.field.date", date(v.date())),
                line("services.field.type", v.type() == null ? "" : v.type().label()),
                line("services.field.provider", Objects.toString(v.provider(), "")),
                line("services.field.findings", Objects.toString(v.findings(), "")),
                line("services.field.result", v.result() == null ? "" : v.result().label()),
                line("services.field.nextDue", date(v.nextDue()))));
    }

    private static String describe(ServiceVisit v) {
        return (v.type() == null ? "" : v.type().label()) + (v.result() == null ? "" : " · " + v.result().label())
                + (v.findings() == null ? "" : " · " + v.findings());
    }

    /** Closes the opened record: its health details leave the screen. */
    public void closeRecord() {
        detail.clear();
        detailTitle.set("");
        openedPerson = null;
        openedName = "";
        openedPregnancy = null;
    }

    /** The person's page, from the opened record. */
    public void openPerson() {
        if (openedPerson != null) {
            navigator.showPerson(openedPerson);
        }
    }

    /**
     * The person field of a form (the program's one person picker): finds people as the registrar types;
     * {@code accepts} keeps the hits to those the form can take (e.g. women for a pregnancy).
     */
    public PersonPickerModel personPicker(java.util.function.Predicate<Person> accepts) {
        return new PersonPickerModel(services.persons(), executor, accepts);
    }

    /** 预产期 for a typed LMP, shown as the registrar types. */
    public static String expectedDeliveryText(LocalDate lmp) {
        return lmp == null ? "" : Messages.get("services.expected",
                org.villageregistry.service.health.HealthServiceRecords.expectedDelivery(lmp).toString());
    }

    /** Records a pregnancy; on success the lists reload and onSaved runs (to close the form). */
    public void recordPregnancy(UUID womanId, LocalDate lmp, Runnable onSaved) {
        run(p -> services.health().recordPregnancy(womanId, lmp), saved -> {
            message.set(Messages.get("services.pregnancy.saved", date(saved.expectedDelivery())));
            onSaved.run();
            refresh();
        });
    }

    /**
     * Records a visit; on success the lists reload and onSaved runs. A visit to the pregnancy that is open beside
     * the lists shows in it at once: the record is read again (and that showing audited, as every opening is).
     */
    public void recordVisit(NewVisit visit, Runnable onSaved) {
        run(p -> services.health().recordVisit(visit), saved -> {
            message.set(Messages.get("services.visit.saved"));
            onSaved.run();
            refresh();
            UUID open = openedPregnancy;
            if (open != null && open.equals(visit.pregnancyId())) {
                executor.execute(BackgroundTask.of(p -> services.health().openPregnancy(open))
                        .onSuccess(this::showPregnancy).onFailure(this::failed));
            }
        });
    }

    public UUID openedPerson() {
        return openedPerson;
    }

    /** The name of the person whose record is open (the one a new visit is for), or "". */
    public String openedPersonName() {
        return openedName;
    }

    public UUID openedPregnancy() {
        return openedPregnancy;
    }

    private <T> void run(org.villageregistry.service.task.Work<T> work, java.util.function.Consumer<T> then) {
        error.set("");
        message.set("");
        executor.execute(BackgroundTask.of(work).onSuccess(then).onFailure(this::failed));
    }

    private void failed(Exception failure) {
        error.set(FailureText.of(failure, LOG, "Health services"));
    }

    private static DetailLine line(String key, String value) {
        return new DetailLine(Messages.get(key), value);
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    public ObservableList<HealthListEntry> pregnancies() {
        return pregnancies;
    }

    public ObservableList<HealthListEntry> visits() {
        return visits;
    }

    public ObservableList<HealthListEntry> overdue() {
        return overdue;
    }

    public ObservableList<HealthListEntry> dueSoon() {
        return dueSoon;
    }

    public ObservableList<DetailLine> detail() {
        return detail;
    }


    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
