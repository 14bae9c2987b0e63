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
    /** At a township: the villages on the roster (code and name, in code order) and the one shown (null: all). */
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    private Map<String, String> villageNames = Map.of();
    private Roster roster;

    /** A village of the township's roster: its code and name; the "all villages" choice has no code. */
    public record Village(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    public RosterViewModel(RegisterServices services, TaskExecutor executor, Navigator navigator) {
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.navigator = Objects.requireNonNull(navigator);
        referenceDate.set(LocalDate.now(services.clock()));
        filter.addListener((o, was, now) -> applyFilter());
        village.addListener((o, was, now) -> applyFilter());
    }

    /** A township's roster holds the women of all its villages: it shows each one's village and chooses one. */
    public boolean showsVillages() {
        return services.register().workstation().role() == org.villageregistry.domain.workstation.WorkstationRole.TOWNSHIP;
    }

    /** The village name of a woman on the roster (at a township). */
    public String villageOf(RosterWoman woman) {
        String code = woman.woman().owner();
        return code == null ? "" : villageNames.getOrDefault(code, code);
    }

    /** Reads the roster again for the reference day and the months a check stays current. */
    public void load() {
        LocalDate day = referenceDate.get();
        int months = checkMonths.get();
        loading.set(true);
        error.set("");
        boolean township = showsVillages();
        executor.execute(BackgroundTask.of(progress -> new Loaded(services.roster().roster(day, months),
                        township ? services.township().villageNames() : Map.<String, String>of()))
                .titled(Messages.get("roster.loading"))
                .onSuccess(this::loaded)
                .onFailure(f -> error.set(FailureText.of(f, LOG, "Loading the roster")))
                .onFinished(() -> loading.set(false)));
    }

    private record Loaded(Roster roster, Map<String, String> villageNames) {
    }

    private void loaded(Loaded loaded) {
        roster = loaded.roster();
        villageNames = loaded.villageNames();
        if (showsVillages()) {
            Village chosen = village.get();
            java.util.List<Village> choices = new java.util.ArrayList<>();
            choices.add(new Village(null, Messages.get("roster.allVillages")));
            roster.women().stream().map(w -> w.woman().owner()).filter(Objects::nonNull).distinct().sorted()
                    .forEach(code -> choices.add(new Village(code, villageNames.getOrDefault(code, code))));
            villages.setAll(choices);
            village.set(choices.stream().filter(v -> chosen != null && Objects.equals(v.code(), chosen.code()))
                    .findFirst().orElse(choices.get(0)));
        }
        applyFilter();
    }

    /** The rows of the chosen filter and village; the counts and the summary are the chosen village's. */
    private void applyFilter() {
        if (roster == null) {
            rows.clear();
            return;
        }
        String code = village.get() == null ? null : village.get().code();
        java.util.List<RosterWoman> here = code == null ? roster.women()
                : roster.women().stream().filter(w -> code.equals(w.woman().owner())).toList();
        counts.clear();
        for (RosterFilter f : RosterFilter.values()) {
            counts.put(f, here.stream().filter(w -> w.matches(f)).count());
        }
        String text = Messages.get("roster.summary", roster.referenceDate().toString(), count(RosterFilter.ALL),
                count(RosterFilter.MARRIED), roster.checkMonths());
        summary.set(code == null ? text : Messages.get("roster.summary.village", village.get().name(), text));
        rows.setAll(here.stream().filter(w -> w.matches(filter.get())).toList());
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

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObjectProperty<Village> villageProperty() {
        return village;
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
