package org.villageregistry.ui.households;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.HouseholdService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.paging.PagedRows;

/** The household list: every household page by page, or those matching a number or a member's name. */
public final class HouseholdsViewModel {
    private final HouseholdService households;
    private final TaskExecutor executor;
    private final PagedRows<HouseholdRow> everyone;
    private final ObservableList<HouseholdRow> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ObservableList<HouseholdRow>> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** What waits for the rows of the latest query ({@link #search(String, Runnable)}). */
    private Runnable notYetShown = () -> { };
    private long generation;
    private long total;
    private long open;

    public HouseholdsViewModel(HouseholdService households, TaskExecutor executor) {
        this.households = households;
        this.executor = executor;
        this.everyone = new PagedRows<>(executor, (offset, limit) -> households.page(offset, limit).stream()
                .map(HouseholdRow::of).toList(), index -> HouseholdRow.loading());
        rows.set(everyone);
    }

    public void refresh() {
        executor.execute(BackgroundTask.of(progress -> new long[] {households.count(), households.openCount()})
                .onSuccess(counts -> {
                    total = counts[0];
                    open = counts[1];
                    everyone.reset((int) Math.min(Integer.MAX_VALUE, total));
                    if (rows.get() == everyone) {
                        status.set(allText());
                    }
                })
                .onFailure(f -> error.set(f.getMessage())));
    }

    /** 共 98 户, and when some are closed (注销) how many are still in the register, as 各村 counts them. */
    private String allText() {
        return total == open ? Messages.get("households.status.all", total)
                : Messages.get("households.status.allWithClosed", total, open, total - open);
    }

    /** Shows the households matching the query (all when blank); stale answers are dropped. */
    public void search(String query) {
        search(query, () -> { });
    }

    /**
     * As {@link #search(String)}, then runs {@code whenShown} once the rows shown answer the latest query: its own
     * answer, or a newer query's when one came first (a refresh while a typed search ran), so it is never dropped.
     */
    public void search(String query, Runnable whenShown) {
        String q = query == null ? "" : query.strip();
        long asked = ++generation;
        Runnable earlier = notYetShown;
        notYetShown = () -> {
            earlier.run();
            whenShown.run();
        };
        error.set("");
        if (q.isEmpty()) {
            rows.set(everyone);
            status.set(allText());
            shownNow();
            return;
        }
        executor.execute(BackgroundTask.of(progress -> households.search(q, 200))
                .onSuccess(found -> {
                    if (asked == generation) {
                        results.setAll(found.stream().map(HouseholdRow::of).toList());
                        rows.set(results);
                        status.set(Messages.get("households.status.found", found.size(), q));
                    }
                })
                .onFailure(f -> {
                    if (asked == generation) {
                        error.set(f.getMessage());
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        shownNow();
                    }
                }));
    }

    /** Runs what waited for the rows of the latest query, once. */
    private void shownNow() {
        Runnable waiting = notYetShown;
        notYetShown = () -> { };
        waiting.run();
    }

    public ReadOnlyObjectProperty<ObservableList<HouseholdRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
