package org.villageregistry.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.repository.AuditFilter;
import org.villageregistry.domain.repository.ChainVerification;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.AuditService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.paging.PagedRows;

/**
 * 审计日志: the hash-chained audit log, newest first, page by page as the table scrolls; filtered by user, kind of
 * action, date range, record type and the first characters of a record id. Checks both hash chains and exports
 * the filtered entries as CSV, in the background. Read-only: nothing here changes the register but the audit
 * entry an export leaves.
 */
public final class AuditViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);

    /** What the last chain check found. */
    public enum ChainState { NOT_CHECKED, CHECKING, INTACT, BROKEN }

    private final AuditService audit;
    private final TaskExecutor executor;
    private final Clock clock;
    private final PagedRows<AuditRow> rows;
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ObjectProperty<String> user = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<EntityType> recordType = new SimpleObjectProperty<>();
    private final StringProperty recordId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chainMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ChainState> chainState = new ReadOnlyObjectWrapper<>(ChainState.NOT_CHECKED);
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private volatile AuditFilter applied = AuditFilter.all();
    private long total;
    private long generation;

    public AuditViewModel(AuditService audit, TaskExecutor executor, Clock clock) {
        this.audit = Objects.requireNonNull(audit);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        ZoneId zone = clock.getZone();
        this.rows = new PagedRows<>(executor, (offset, limit) -> audit.entries(applied, offset, limit).stream()
                .map(e -> AuditRow.of(e, zone)).toList(), index -> AuditRow.loading());
    }

    /** When the screen is shown: the users for the filter, and the entries as filtered now. */
    public void refresh() {
        executor.execute(BackgroundTask.of(progress -> audit.userNames())
                .onSuccess(names -> {
                    String chosen = user.get();
                    users.setAll(names);
                    users.add(0, null);
                    user.set(chosen);
                })
                .onFailure(this::failed));
        apply();
    }

    /**
     * Shows the entries that match the filters (Enter in the filter row). Returns false, with a message, when the
     * date range ends before it starts.
     */
    public boolean apply() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && last.isBefore(first)) {
            error.set(Messages.get("audit.filter.datesReversed", first, last));
            return false;
        }
        ZoneId zone = clock.getZone();
        AuditFilter filter = new AuditFilter(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(), blankToNull(user.get()),
                action.get(), null, recordType.get(), null).withIdContaining(recordId.get());
        error.set("");
        loading.set(true);
        long asked = ++generation;
        executor.execute(BackgroundTask.of(progress -> audit.count(filter))
                .onSuccess(count -> {
                    if (asked == generation) {
                        applied = filter;
                        total = count;
                        rows.reset((int) Math.min(Integer.MAX_VALUE, count));
                        status.set(Messages.get("audit.status.count", count));
                    }
                })
                .onFailure(failure -> {
                    if (asked == generation) {
                        failed(failure);
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        loading.set(false);
                    }
                }));
        return true;
    }

    /** Empties every filter and shows the whole log. */
    public void clearFilters() {
        user.set(null);
        action.set(null);
        from.set(null);
        to.set(null);
        recordType.set(null);
        recordId.set("");
        apply();
    }

    /** 校验审计链: re-computes the change log's and the audit log's hash chains in the background. */
    public void verifyChains() {
        chainState.set(ChainState.CHECKING);
        chainMessage.set(Messages.get("audit.chain.checking"));
        executor.execute(BackgroundTask.of(progress -> List.of(audit.verifyChain(), audit.verifyAuditLog()))
                .titled(Messages.get("audit.chain.checking"))
                .onSuccess(found -> checked(found.get(0), found.get(1)))
                .onFailure(failure -> {
                    chainState.set(ChainState.NOT_CHECKED);
                    chainMessage.set(FailureText.of(failure, LOG, "Checking the hash chains"));
                }));
    }

    private void checked(ChainVerification changes, ChainVerification log) {
        if (changes.intact() && log.intact()) {
            chainState.set(ChainState.INTACT);
            chainMessage.set(Messages.get("audit.chain.intact", changes.checked(), log.checked()));
        } else if (!changes.intact()) {
            chainState.set(ChainState.BROKEN);
            chainMessage.set(Messages.get("audit.chain.changesBroken", changes.firstBroken().getAsLong(),
                    changes.reason()));
        } else {
            chainState.set(ChainState.BROKEN);
            chainMessage.set(Messages.get("audit.chain.logBroken", log.firstBroken().getAsLong(), log.reason()));
        }
    }

    /** A name for the exported file, e.g. "审计日志-2026-11-30.csv". */
    public String suggestedFileName() {
        return Messages.get("audit.export.fileName", LocalDate.now(clock));
    }

    /** 导出: writes the entries shown (the filter applied last) to a CSV file in the background. */
    public void export(Path file) {
        Objects.requireNonNull(file);
        AuditFilter filter = applied;
        exporting.set(true);
        exportMessage.set("");
        error.set("");
        executor.execute(BackgroundTask.of(progress -> audit.exportCsv(filter, file, progress))
                .titled(Messages.get("audit.export.running"))
                .onSuccess(count -> {
                    exportMessage.set(Messages.get("audit.export.done", count, file));
                    apply();
                })
                .onFailure(this::failed)
                .onFinished(() -> exporting.set(false)));
    }

    private void failed(Exception failure) {
        error.set(FailureText.of(failure, LOG, "Reading the audit log"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Every kind of action, for the action filter. */
    public List<AuditAction> actions() {
        return List.of(AuditAction.values());
    }

    /** Every kind of record, for the record-type filter. */
    public List<EntityType> recordTypes() {
        return List.of(EntityType.values());
    }

    /** The entries that match the filter applied last; pages are read as the table asks for them. */
    public ObservableList<AuditRow> rows() {
        return rows;
    }

    /** How many entries match the filter applied last. */
    public long total() {
        return total;
    }

    /** Everyone with an entry, after a first empty choice: all users. */
    public ObservableList<String> users() {
        return users;
    }

    public ObjectProperty<String> userProperty() {
        return user;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<EntityType> recordTypeProperty() {
        return recordType;
    }

    public StringProperty recordIdProperty() {
        return recordId;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chainMessageProperty() {
        return chainMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChainState> chainStateProperty() {
        return chainState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
