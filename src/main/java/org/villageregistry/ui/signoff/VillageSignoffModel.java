package org.villageregistry.ui.signoff;

import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.sync.MonthlySignoffs.Signoff;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.signoff.SignoffService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;

/** 提交所填月份的月报表 in the village's Reports screen, and the state of each month submitted (已提交, 已审, 退回). */
public final class VillageSignoffModel {
    private static final Logger LOG = LoggerFactory.getLogger(VillageSignoffModel.class);

    private final SignoffService signoffs;
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper months = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public VillageSignoffModel(SignoffService signoffs, TaskExecutor executor) {
        this.signoffs = Objects.requireNonNull(signoffs);
        this.executor = Objects.requireNonNull(executor);
    }

    public void refresh() {
        executor.execute(BackgroundTask.of(p -> describe())
                .onSuccess(months::set)
                .onFailure(f -> error.set(FailureText.of(f, LOG, "Reading the submitted months"))));
    }

    /**
     * What to ask before submitting the month typed in the period field; empty, with the refusal shown, when it
     * cannot be submitted (malformed, not over, approved).
     */
    public java.util.Optional<String> submitQuestion(String period) {
        error.set("");
        message.set("");
        try {
            boolean again = signoffs.submittedBefore(period);
            String month = SignoffService.month(period).text();
            return java.util.Optional.of(Messages.get(again ? "signoff.ui.submitAgainQuestion"
                    : "signoff.ui.submitQuestion", month));
        } catch (RuntimeException e) {
            error.set(FailureText.of(e, LOG, "Checking a month before submitting it"));
            return java.util.Optional.empty();
        }
    }

    /** Submits the month typed in the period field; a refusal (malformed, not over, approved) is shown as is. */
    public void submit(String period) {
        error.set("");
        message.set("");
        executor.execute(BackgroundTask.of(p -> {
                    Signoff s = signoffs.submit(period);
                    return new String[] {s.period(), describe()};
                })
                .onSuccess(r -> {
                    message.set(Messages.get("signoff.ui.submitted", r[0]));
                    months.set(r[1]);
                })
                .onFailure(f -> error.set(FailureText.of(f, LOG, "Submitting a month"))));
    }

    private String describe() {
        var own = signoffs.ownMonths();
        if (own.isEmpty()) {
            return Messages.get("signoff.ui.noMonths");
        }
        return Messages.get("signoff.ui.months", own.stream()
                .map(s -> s.period() + " " + Messages.get("cli.signoff.own." + s.state().name())
                        + s.reason().filter(r -> !r.isBlank()).map(r -> Messages.get("signoff.ui.returnedBecause", r))
                                .orElse(""))
                .collect(Collectors.joining("；")));
    }

    public ReadOnlyStringProperty monthsProperty() {
        return months.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
