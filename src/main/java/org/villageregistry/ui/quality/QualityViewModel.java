package org.villageregistry.ui.quality;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Finding;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.shell.Navigator;

/**
 * 数据质量: the findings of {@link org.villageregistry.service.QualityCheckService} grouped by kind with counts;
 * each finding about a person opens that person to fix; refresh after fixing.
 */
public final class QualityViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(QualityViewModel.class);

    /** A kind of finding with how many there are, for the list of groups. */
    public record Group(Finding.Kind kind, int count) {
        public String label() {
            return Messages.get("quality.group", kind.label(), count);
        }
    }

    private final RegisterServices services;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<Finding.Kind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Map<Finding.Kind, List<Finding>> byKind = new EnumMap<>(Finding.Kind.class);

    public QualityViewModel(RegisterServices services, TaskExecutor executor, Navigator navigator) {
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.navigator = Objects.requireNonNull(navigator);
        kind.addListener((o, was, now) -> showKind());
    }

    public void refresh() {
        loading.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(progress -> services.quality().findings())
                .titled(Messages.get("quality.loading"))
                .onSuccess(this::loaded)
                .onFailure(f -> error.set(FailureText.of(f, LOG, "Checking data quality")))
                .onFinished(() -> loading.set(false)));
    }

    private void loaded(List<Finding> all) {
        Map<Finding.Kind, List<Finding>> grouped = new EnumMap<>(Finding.Kind.class);
        for (Finding.Kind k : Finding.Kind.values()) {
            List<Finding> of = all.stream().filter(f -> f.kind() == k).toList();
            if (!of.isEmpty()) {
                grouped.put(k, of);
            }
        }
        byKind = grouped;
        groups.setAll(grouped.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue().size())).toList());
        summary.set(all.isEmpty() ? Messages.get("quality.none") : Messages.get(showsVillages() ? "quality.summary.township" : "quality.summary", all.size()));
        if (kind.get() == null || !grouped.containsKey(kind.get())) {
            kind.set(groups.isEmpty() ? null : groups.get(0).kind());
        }
        showKind();
    }

    private void showKind() {
        findings.setAll(kind.get() == null ? List.of() : byKind.getOrDefault(kind.get(), List.of()));
    }

    /**
     * Opens the record of a finding with its form at the field to fix (the finding names it); a finding about a
     * whole division has no record to open.
     */
    public boolean open(Finding finding) {
        if (finding == null || finding.recordId() == null) {
            return false;
        }
        navigator.correctPerson(finding.recordId(), finding.field());
        return true;
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    /** A township lists the findings of all its villages: the table then shows each finding's village (村). */
    public boolean showsVillages() {
        return services.register().workstation().role() == org.villageregistry.domain.workstation.WorkstationRole.TOWNSHIP;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObjectProperty<Finding.Kind> kindProperty() {
        return kind;
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
