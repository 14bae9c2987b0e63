package org.villageregistry.ui.people;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.PersonLine;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.paging.PagedRows;

/**
 * The people list: with an empty search box everyone, page by page as the table scrolls; with a query the best
 * matches. Each search runs off the FX thread; a result that arrives after a newer query was typed is dropped.
 */
public final class PeopleViewModel {
    static final int SEARCH_LIMIT = 200;

    private final PersonService persons;
    private final TaskExecutor executor;
    private final PagedRows<PersonRow> everyone;
    private final ObservableList<PersonRow> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ObservableList<PersonRow>> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<PersonRow> selected = new SimpleObjectProperty<>();
    private long total;
    /** What waits for the rows of the latest query ({@link #search(String, Runnable)}). */
    private Runnable notYetShown = () -> { };
    private long generation;
    private String shownQuery = "";

    public PeopleViewModel(PersonService persons, TaskExecutor executor) {
        this.persons = persons;
        this.executor = executor;
        this.everyone = new PagedRows<>(executor, this::pageOfEveryone, index -> PersonRow.loading());
        rows.set(everyone);
    }

    /** Counts everyone again and forgets loaded pages, e.g. when the screen is shown or after a save. */
    public void refresh() {
        executor.execute(BackgroundTask.of(progress -> persons.count())
                .onSuccess(count -> {
                    total = count;
                    everyone.reset((int) Math.min(Integer.MAX_VALUE, count));
                    if (shownQuery.isEmpty()) {
                        status.set(Messages.get("people.status.everyone", count));
                    }
                })
                .onFailure(this::failed));
        if (!shownQuery.isEmpty()) {
            search(shownQuery);
        }
    }

    /** Shows the matches of the query (everyone when blank); call it as the user types, after a short pause. */
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
            shownQuery = "";
            searching.set(false);
            rows.set(everyone);
            status.set(Messages.get("people.status.everyone", total));
            shownNow();
            return;
        }
        searching.set(true);
        executor.execute(BackgroundTask.of(progress -> persons.search(q, SEARCH_LIMIT))
                .onSuccess(hits -> {
                    if (asked == generation) {
                        shown(q, hits);
                    }
                })
                .onFailure(failure -> {
                    if (asked == generation) {
                        failed(failure);
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        searching.set(false);
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

    private void shown(String query, List<PersonHit> hits) {
        shownQuery = query;
        results.setAll(hits.stream().map(h -> PersonRow.of(h.person(), h.householdNumber(),
                Messages.get("people.match." + h.match().name()))).toList());
        rows.set(results);
        status.set(hits.isEmpty() ? Messages.get("people.status.none", query)
                : Messages.get("people.status.found", hits.size(), query));
    }

    private List<PersonRow> pageOfEveryone(int offset, int limit) {
        return persons.page(offset, limit).stream().map((PersonLine l) -> PersonRow.of(l.person(),
                l.householdNumber(), "")).toList();
    }

    private void failed(Exception failure) {
        error.set(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    /** The rows to show: everyone (paged) or the matches of the last query. */
    public ReadOnlyObjectProperty<ObservableList<PersonRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The query whose results are shown ("" for everyone). */
    public String shownQuery() {
        return shownQuery;
    }

    public ObjectProperty<PersonRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    PagedRows<PersonRow> everyone() {
        return everyone;
    }
}
