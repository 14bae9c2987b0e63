package org.villageregistry.ui.roster;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.roster.Roster;
import org.villageregistry.service.roster.RosterFilter;
import org.villageregistry.service.roster.RosterService;
import org.villageregistry.service.roster.RosterWoman;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.shell.Navigator;

/** 育龄妇女: the roster on a reference day, filtered, with the count of every filter. */
public final class RosterViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RosterViewModel.class);

    private final RegisterServices services;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ObjectProperty<LocalDate> referenceDate = new SimpleObjectProperty<>();
    private final IntegerProperty checkMonths = new SimpleIntegerProperty(RosterService.DEFAULT_CHECK_MONTHS);
    private final ObjectProperty<RosterFilter> filter = new SimpleObjectProperty<>(RosterFilter.ALL);
    private final ObservableList<RosterWoman> rows = FXCollections.observableArrayList();
    private final Map<RosterFilter, Long> counts = new EnumMap<>(RosterFilter.class);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Roster roster;

    public RosterViewModel(RegisterServices services, TaskExecutor executor, Navigator navigator) {
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.navigator = Objects.requireNonNull(navigator);
        referenceDate.set(LocalDate.now(services.clock()));
        filter.addListener((o, was, now) -> applyFilter());
    }

    /** Reads the roster again for the reference day and the months a check stays current. */
    public void load() {
        LocalDate day = referenceDate.get();
        int months = checkMonths.get();
        loading.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(progress -> services.roster().roster(day, months))
                .titled(Messages.get("roster.loading"))
                .onSuccess(this::loaded)
                .onFailure(f -> error.set(FailureText.of(f, LOG, "Loading the roster")))
                .onFinished(() -> loading.set(false)));
    }

    private void loaded(Roster loaded) {
        roster = loaded;
        counts.clear();
        for (RosterFilter f : RosterFilter.values()) {
            counts.put(f, loaded.count(f));
        }
        summary.set(Messages.get("roster.summary", loaded.referenceDate().toString(), loaded.count(RosterFilter.ALL),
                loaded.count(RosterFilter.MARRIED), loaded.checkMonths()));
        applyFilter();
    }

    private void applyFilter() {
        rows.setAll(roster == null ? java.util.List.of() : roster.filtered(filter.get()));
    }

    public long count(RosterFilter f) {
        return counts.getOrDefault(f, 0L);
    }

    /** e.g. "已婚 (80)". */
    public String filterLabel(RosterFilter f) {
        return Messages.get("roster.filter.count", f.label(), count(f));
    }

    public void open(RosterWoman woman) {
        if (woman != null) {
            navigator.showPerson(woman.woman().id());
        }
    }

    public ObjectProperty<LocalDate> referenceDateProperty() {
        return referenceDate;
    }

    public IntegerProperty checkMonthsProperty() {
        return checkMonths;
    }

    public ObjectProperty<RosterFilter> filterProperty() {
        return filter;
    }

    public ObservableList<RosterWoman> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
