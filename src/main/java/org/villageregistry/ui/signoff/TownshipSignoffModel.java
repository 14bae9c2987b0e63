package org.villageregistry.ui.signoff;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.signoff.MonthState;
import org.villageregistry.service.DivisionStatistics;
import org.villageregistry.service.signoff.SignoffService;
import org.villageregistry.service.signoff.SignoffService.SubmittedMonth;
import org.villageregistry.service.signoff.VillageMonth;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;

/**
 * 月报审核 at the township: each village's month (未报/待审/已审/退回, overdue marked), and 通过 or 退回 (with the
 * reason, required) for the chosen village. A refusal is shown as the service words it and changes nothing.
 */
public final class TownshipSignoffModel {
    private static final Logger LOG = LoggerFactory.getLogger(TownshipSignoffModel.class);

    private final SignoffService signoffs;
    private final TaskExecutor executor;
    private final StringProperty period = new SimpleStringProperty();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<VillageMonth> selected = new SimpleObjectProperty<>();
    private final ObservableList<VillageMonth> months = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What the chosen village submitted for the month, and how the township's own count differs; "" if nothing. */
    private final ReadOnlyStringWrapper submitted = new ReadOnlyStringWrapper("");
    private SubmittedMonth shown;
    /** The month the table lists; 通过 and 退回 act on it, never on a month typed since and not listed. */
    private String listed;

    public TownshipSignoffModel(SignoffService signoffs, Clock clock, TaskExecutor executor) {
        this.signoffs = Objects.requireNonNull(signoffs);
        this.executor = Objects.requireNonNull(executor);
        period.set(YearMonth.now(clock).minusMonths(1).toString());
        selected.addListener((o, was, now) -> showSubmitted(now));
        period.addListener((o, was, now) -> {
            if (listed != null && !listed.equals(now)) {
                listed = null;
                months.clear();
                selected.set(null);
                status.set("");
            }
        });
    }

    /** A month waiting for a decision: its submitted figures, read against the township's own count of it. */
    private void showSubmitted(VillageMonth month) {
        shown = null;
        submitted.set("");
        if (month != null && month.state() == MonthState.APPROVED) {
            // nothing to decide: what was approved, and what the township's count says since
            String asked = month.period();
            executor.execute(BackgroundTask.of(p -> signoffs.approvedMonth(month.village(), asked))
                    .onSuccess(m -> {
                        if (month.equals(selected.get())) {
                            submitted.set(m.map(TownshipSignoffModel::describeApproved).orElse(""));
                        }
                    })
                    .onFailure(f -> submitted.set(FailureText.of(f, LOG, "Reading an approved month"))));
            return;
        }
        if (!decidable(month)) {
            return;
        }
        String asked = month.period();
        executor.execute(BackgroundTask.of(p -> signoffs.submitted(month.village(), asked))
                .onSuccess(m -> {
                    if (month.equals(selected.get())) {
                        shown = m;
                        submitted.set(describe(m));
                    }
                })
                .onFailure(f -> submitted.set(FailureText.of(f, LOG, "Reading a submitted month"))));
    }

    /** The submitted month in one paragraph: its main figures, then whether the township counts the same. */
    static String describe(SubmittedMonth m) {
        return paragraph(m, "signoff.ui.submittedFigures", "signoff.ui.sameAsHere", "signoff.ui.difference",
                "signoff.ui.differsHere");
    }

    /** An approved month: locked with these figures; what changed here since goes to later months' 补报/更正. */
    static String describeApproved(SubmittedMonth m) {
        return paragraph(m, "signoff.ui.approvedFigures", "signoff.ui.approvedSame", "signoff.ui.approvedDifference",
                "signoff.ui.approvedChanged");
    }

    /** A month's main figures, then "the same here" or the first differences, in the wording of the keys given. */
    private static String paragraph(SubmittedMonth m, String figuresKey, String sameKey, String differenceKey,
                                    String differsKey) {
        DivisionStatistics f = m.figures();
        String figures = Messages.get(figuresKey, m.villageName(), m.period(), f.populationStart(),
                f.births().total(), f.deaths(), f.movesIn(), f.movesOut(), f.populationEnd());
        if (m.differences().isEmpty()) {
            return figures + Messages.get(sameKey);
        }
        List<String> each = m.differences().stream().limit(MAX_DIFFERENCES_SHOWN)
                .map(d -> Messages.get(differenceKey, d.label(), d.signed(), d.now())).toList();
        return figures + Messages.get(differsKey, m.differences().size(), String.join("；", each)
                + (m.differences().size() > MAX_DIFFERENCES_SHOWN ? "……" : ""));
    }

    private static final int MAX_DIFFERENCES_SHOWN = 5;

    /**
     * What to ask before approving the chosen month (an approved month is locked at the village once the receipt
     * reaches it); empty, with the error shown, when no village is chosen.
     */
    public Optional<String> approveQuestion() {
        VillageMonth v = selected.get();
        if (v == null) {
            error.set(Messages.get("signoff.ui.chooseVillage"));
            return Optional.empty();
        }
        String question = Messages.get("signoff.ui.approveQuestion", v.villageName(), listed);
        if (shown != null && !shown.differences().isEmpty()) {
            question += Messages.get("signoff.ui.approveDiffers", shown.differences().size());
        }
        return Optional.of(question);
    }

    public void refresh() {
        String asked = period.get();
        run(() -> signoffs.status(asked), "", asked);
    }

    /** Approves the chosen village's month. */
    public void approve() {
        VillageMonth v = selected.get();
        if (v == null) {
            error.set(Messages.get("signoff.ui.chooseVillage"));
            return;
        }
        String month = listed;
        run(() -> {
            signoffs.approve(v.village(), month);
            return signoffs.status(month);
        }, Messages.get("signoff.ui.approved", v.villageName(), month), month);
    }

    /** Returns the chosen village's month with the reason typed (the service refuses an empty one). */
    public void returnMonth() {
        VillageMonth v = selected.get();
        if (v == null) {
            error.set(Messages.get("signoff.ui.chooseVillage"));
            return;
        }
        String month = listed;
        String why = reason.get();
        run(() -> {
            signoffs.returnMonth(v.village(), month, why);
            return signoffs.status(month);
        }, Messages.get("signoff.ui.returned", v.villageName(), month), month);
    }

    private void run(Supplier<List<VillageMonth>> work, String done, String month) {
        error.set("");
        executor.execute(BackgroundTask.of(p -> work.get())
                .onSuccess(list -> {
                    String chosen = selected.get() == null ? null : selected.get().village();
                    listed = month;
                    months.setAll(list);
                    selected.set(list.stream().filter(m -> m.village().equals(chosen)).findFirst().orElse(null));
                    if (!done.isEmpty()) {
                        reason.set("");
                    }
                    status.set(done.isEmpty() ? overdueLine(list) : done);
                })
                .onFailure(f -> {
                    error.set(FailureText.of(f, LOG, "Monthly sign-off"));
                    if (done.isEmpty()) {   // a month that cannot be listed: the table shows no other month's
                        listed = null;
                        months.clear();
                        selected.set(null);
                        status.set("");
                    }
                }));
    }

    private static String overdueLine(List<VillageMonth> list) {
        List<String> overdue = list.stream().filter(VillageMonth::overdue).map(VillageMonth::overdueName).toList();
        return overdue.isEmpty() ? "" : Messages.get("signoff.ui.overdue", String.join("、", overdue));
    }

    /** The state as the table shows it, 逾期 added where overdue. */
    public static String stateText(VillageMonth m) {
        return m.state().label() + (m.overdue() ? Messages.get("report.signoff.overdueMark") : "");
    }

    public static boolean decidable(VillageMonth m) {
        return m != null && m.state() == MonthState.PENDING;
    }

    public ReadOnlyStringProperty submittedProperty() {
        return submitted.getReadOnlyProperty();
    }

    public StringProperty periodProperty() {
        return period;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<VillageMonth> selectedProperty() {
        return selected;
    }

    public ObservableList<VillageMonth> months() {
        return months;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
