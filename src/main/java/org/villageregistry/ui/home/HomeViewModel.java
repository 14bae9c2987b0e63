package org.villageregistry.ui.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.home.TodayItem;
import org.villageregistry.service.home.TodayRecord;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.shell.Navigator;

/** 首页: what needs doing today, loaded in the background each time the screen is shown. */
public final class HomeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(HomeViewModel.class);

    private final RegisterServices services;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ObservableList<TodayItem> items = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a fresh wrapper would be dropped with it. */
    private final ObservableList<TodayItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public HomeViewModel(RegisterServices services, TaskExecutor executor, Navigator navigator) {
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.navigator = Objects.requireNonNull(navigator);
    }

    /** Loads the items again (the 刷新 button). */
    public void refresh() {
        load(true);
    }

    /**
     * Each time the home screen is shown: the items as last loaded when nothing was written to the register since
     * (the same day), else loaded again ({@link org.villageregistry.service.home.TodayService#current}).
     */
    public void show() {
        load(false);
    }

    private void load(boolean again) {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(progress -> again ? services.today().items() : services.today().current())
                .titled(Messages.get("home.loading"))
                .onSuccess(items::setAll)
                .onFailure(this::failed)
                .onFinished(() -> loading.set(false)));
    }

    /** Opens the person a record is about; a finding about a whole division has no person to open. */
    public boolean open(TodayRecord record) {
        record.person().ifPresent(navigator::showPerson);
        return record.person().isPresent();
    }

    /** e.g. "今天是 2026-11-30，共有 12 件事要办". */
    public String summary() {
        int open = items.stream().mapToInt(TodayItem::count).sum();
        // a township lists its villages' records to follow up, and opens none of them (the village corrects them)
        boolean township = services.register().workstation().role()
                == org.villageregistry.domain.workstation.WorkstationRole.TOWNSHIP;
        return Messages.get(township ? "home.summary.township" : "home.summary",
                LocalDate.now(services.clock()).toString(), open);
    }

    /** e.g. "到期和逾期的随访（3）". */
    public static String heading(TodayItem item) {
        return Messages.get("home.item.heading", item.kind().label(), item.count());
    }

    public List<TodayItem> itemsWithWork() {
        return items.stream().filter(i -> i.count() > 0).toList();
    }

    private void failed(Exception failure) {
        if (failure instanceof RegistryException known) {
            error.set(known.getMessage());
        } else {
            LOG.error("Loading the home screen failed", failure);
            error.set(Messages.get("home.error", failure.getClass().getSimpleName()));
        }
    }

    public ObservableList<TodayItem> items() {
        return itemsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
