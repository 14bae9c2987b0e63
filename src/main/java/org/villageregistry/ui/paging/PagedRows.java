package org.villageregistry.ui.paging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import javafx.collections.ObservableListBase;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;

/**
 * A list of every row of a large table (60,000 people) that only holds the pages a virtualised table has asked
 * for: {@link #get} answers a stand-in row for a row not loaded yet and fetches its page through the executor;
 * when the page arrives the stand-ins are replaced, so the table redraws just those rows. At most
 * {@link #MAX_PAGES} pages are kept. Callbacks arrive on the thread the executor reports on (the FX thread).
 */
public final class PagedRows<T> extends ObservableListBase<T> {
    public static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 30;

    private final TaskExecutor executor;
    private final BiFunction<Integer, Integer, List<T>> loader;
    private final IntFunction<T> loadingRow;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Integer> loading = new HashSet<>();
    private int size;
    private long generation;

    /**
     * @param loader      reads rows (offset, limit) off the FX thread
     * @param loadingRow the row shown at an index while its page loads
     */
    public PagedRows(TaskExecutor executor, BiFunction<Integer, Integer, List<T>> loader, IntFunction<T> loadingRow) {
        this.executor = executor;
        this.loader = loader;
        this.loadingRow = loadingRow;
    }

    /** Forgets every loaded page and shows {@code total} rows, e.g. after a count or a save. */
    public void reset(int total) {
        generation++;
        List<T> removed = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            removed.add(loadingRow.apply(i));
        }
        pages.clear();
        loading.clear();
        beginChange();
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        size = Math.max(0, total);
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<T> rows = pages.get(page);
        if (rows != null && index % PAGE_SIZE < rows.size()) {
            return rows.get(index % PAGE_SIZE);
        }
        requestPage(page);
        return isLoaded(index) ? pages.get(page).get(index % PAGE_SIZE) : loadingRow.apply(index);
    }

    /** True if the row at the index has been loaded (not the loading row). */
    public boolean isLoaded(int index) {
        List<T> rows = pages.get(index / PAGE_SIZE);
        return rows != null && index % PAGE_SIZE < rows.size();
    }

    /** How many pages are held now; never more than {@link #MAX_PAGES}. */
    public int pagesHeld() {
        return pages.size();
    }

    @Override
    public int size() {
        return size;
    }

    private void requestPage(int page) {
        if (!loading.add(page)) {
            return;
        }
        long asked = generation;
        int offset = page * PAGE_SIZE;
        executor.execute(BackgroundTask.of(progress -> loader.apply(offset, PAGE_SIZE))
                .onSuccess(rows -> arrived(asked, page, rows))
                .onFinished(() -> {
                    if (asked == generation) {
                        loading.remove(page);
                    }
                }));
    }

    private void arrived(long asked, int page, List<T> rows) {
        if (asked != generation) {
            return;
        }
        pages.put(page, List.copyOf(rows));
        while (pages.size() > MAX_PAGES) {
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
        }
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + rows.size());
        if (to > from) {
            beginChange();
            for (int i = from; i < to; i++) {
                nextSet(i, loadingRow.apply(i));
            }
            endChange();
        }
    }
}
