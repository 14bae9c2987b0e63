package org.villageregistry.ui.villages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.service.sync.TownshipSyncStatus;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.service.villages.DuplicateSuspect;
import org.villageregistry.service.villages.VillageOverview;
import org.villageregistry.service.villages.VillageSearchHit;
import org.villageregistry.ui.common.FailureText;

/**
 * 各村 (township): what the township register holds per village, the merged register searched read-only, and
 * persons who appear in two villages.
 */
public final class VillagesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(VillagesViewModel.class);
    static final int SEARCH_LIMIT = 200;

    private final RegisterServices services;
    private final SyncServices sync;
    private final TaskExecutor executor;
    private final ObservableList<VillageOverview> villages = FXCollections.observableArrayList();
    private final ObservableList<VillageSearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<DuplicateSuspect> duplicates = FXCollections.observableArrayList();
    private final Map<String, TownshipSyncStatus.VillageSync> syncStatus = new HashMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long searchGeneration;
    private final javafx.beans.property.ReadOnlyStringWrapper searchResult =
            new javafx.beans.property.ReadOnlyStringWrapper(Messages.get("villages.search.empty"));
    private final org.villageregistry.ui.signoff.TownshipSignoffModel signoffs;

    public VillagesViewModel(RegisterServices services, SyncServices sync, TaskExecutor executor) {
        this.services = Objects.requireNonNull(services);
        this.sync = Objects.requireNonNull(sync);
        this.executor = Objects.requireNonNull(executor);
        this.signoffs = new org.villageregistry.ui.signoff.TownshipSignoffModel(services.signoffs(), services.clock(),
                executor);
    }

    /** 月报审核: each village's month, approved or returned here. */
    public org.villageregistry.ui.signoff.TownshipSignoffModel signoffs() {
        return signoffs;
    }

    public void refresh() {
        loading.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(p -> {
                    List<VillageOverview> overviews = services.township().villages();
                    Map<String, TownshipSyncStatus.VillageSync> status = new HashMap<>();
                    TownshipSyncStatus t = new TownshipSyncStatus(sync.identity());
                    overviews.forEach(v -> status.put(v.village().code().value(), t.of(v.village().code().value())));
                    return new Loaded(overviews, services.township().duplicateSuspects(), status);
                })
                .titled(Messages.get("villages.loading"))
                .onSuccess(loaded -> {
                    syncStatus.clear();
                    syncStatus.putAll(loaded.sync());
                    villages.setAll(loaded.villages());
                    duplicates.setAll(loaded.duplicates());
                })
                .onFailure(f -> error.set(FailureText.of(f, LOG, "Loading the villages")))
                .onFinished(() -> loading.set(false)));
    }

    private record Loaded(List<VillageOverview> villages, List<DuplicateSuspect> duplicates,
                          Map<String, TownshipSyncStatus.VillageSync> sync) {
    }

    /** The sync numbers of a village (last bundle, pending, quarantined, conflicts), once loaded. */
    public Optional<TownshipSyncStatus.VillageSync> syncOf(VillageOverview village) {
        return Optional.ofNullable(syncStatus.get(village.village().code().value()));
    }

    /** Searches the merged register as typed; only the latest query's answer is shown. */
    public void search(String query) {
        long asked = ++searchGeneration;
        if (query == null || query.isBlank()) {
            hits.clear();
            searchResult.set(Messages.get("villages.search.empty"));
            return;
        }
        executor.execute(BackgroundTask.of(p -> services.township().search(query.strip(), SEARCH_LIMIT))
                .onSuccess(found -> {
                    if (asked == searchGeneration) {
                        hits.setAll(found);
                        searchResult.set(found.isEmpty() ? Messages.get("villages.search.none", query.strip())
                                : "");
                    }
                })
                .onFailure(f -> error.set(FailureText.of(f, LOG, "Searching the township register"))));
    }

    public ObservableList<VillageOverview> villages() {
        return villages;
    }

    /** What the empty list of hits says: type to search, or that nothing matched what was typed (quoted). */
    public javafx.beans.property.ReadOnlyStringProperty searchResultProperty() {
        return searchResult.getReadOnlyProperty();
    }

    public ObservableList<VillageSearchHit> hits() {
        return hits;
    }

    public ObservableList<DuplicateSuspect> duplicates() {
        return duplicates;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
