package org.villageregistry.ui.benefits;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.benefit.Rate;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.service.benefit.BatchSummary;
import org.villageregistry.service.benefit.Candidate;
import org.villageregistry.service.benefit.EnrolmentRow;
import org.villageregistry.service.benefit.PaymentRow;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.service.task.Work;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.shell.Navigator;

/**
 * 奖励扶助与补贴: programmes with their rates, eligible-but-not-enrolled with the reason, enrolment confirmed by
 * the registrar with evidence, payment batches, and the annual re-verification.
 */
public final class BenefitsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BenefitsViewModel.class);

    private final RegisterServices services;
    private final TaskExecutor executor;
    private final Navigator navigator;
    private final ObservableList<BenefitProgramme> programmes = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<EnrolmentRow> reverifications = FXCollections.observableArrayList();
    private final ObservableList<BatchSummary> batches = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> payments = FXCollections.observableArrayList();
    private final ObjectProperty<BenefitProgramme> batchProgramme = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public BenefitsViewModel(RegisterServices services, TaskExecutor executor, Navigator navigator) {
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.navigator = Objects.requireNonNull(navigator);
        batchProgramme.addListener((o, was, now) -> loadBatches());
    }

    public void refresh() {
        loading.set(true);
        error.set("");
        executor.execute(BackgroundTask.of(p -> new Lists(services.benefits().programmes(),
                        services.benefits().eligibleNotEnrolled(), services.benefits().reverificationsDue()))
                .titled(Messages.get("benefits.loading"))
                .onSuccess(lists -> {
                    programmes.setAll(lists.programmes());
                    candidates.setAll(lists.candidates());
                    reverifications.setAll(lists.reverifications());
                    if (batchProgramme.get() == null && !programmes.isEmpty()) {
                        batchProgramme.set(programmes.get(0));
                    } else {
                        loadBatches();
                    }
                })
                .onFailure(this::failed)
                .onFinished(() -> loading.set(false)));
    }

    private record Lists(List<BenefitProgramme> programmes, List<Candidate> candidates,
                         List<EnrolmentRow> reverifications) {
    }

    /** e.g. "¥800.00/月 自 2025-01-01". */
    public static String rates(BenefitProgramme programme) {
        return programme.rates().stream().map(r -> Messages.get("benefits.rate", r.amount().format(),
                        Messages.get(r.per() == Rate.RatePeriod.YEAR ? "benefits.perYear" : "benefits.perMonth"),
                        r.from().toString()))
                .reduce((a, b) -> a + "；" + b).orElse(Messages.get("benefits.noRate"));
    }

    /** The registrar confirms the enrolment with the evidence seen; the candidate list reloads. */
    public void enrol(Candidate candidate, LocalDate from, String evidence, Runnable onSaved) {
        UUID child = candidate.forChild().map(c -> c.id()).orElse(null);
        run(p -> services.benefits().enrol(candidate.applicant().id(), candidate.programme().id(), child, from,
                evidence), saved -> {
                    message.set(Messages.get("benefits.enrolled", candidate.applicant().name(),
                            candidate.programme().name(), saved.reverificationDue().toString()));
                    onSaved.run();
                    refresh();
                });
    }

    public void createBatch(String period) {
        BenefitProgramme programme = batchProgramme.get();
        if (programme == null) {
            error.set(Messages.get("benefits.error.noProgramme"));
            return;
        }
        run(p -> services.paymentBatches().createBatch(programme.id(), period), made -> {
            message.set(Messages.get("benefits.batch.created", made.batch(), made.payments(), made.total().format()));
            loadBatches();
            showPayments(made);
        });
    }

    /**
     * What to ask before a whole batch is marked paid (it cannot be undone from here): the batch, its lines and total,
     * the day and the method. Empty, with the reason shown, when no batch is chosen.
     */
    public java.util.Optional<String> markPaidQuestion(BatchSummary batch, LocalDate paidOn, PaymentMethod method) {
        if (batch == null) {
            error.set(Messages.get("benefits.error.noBatchChosen"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Messages.get("benefits.batch.markPaidQuestion", batch.batch(), batch.payments(),
                batch.total().format(), paidOn == null ? "" : paidOn.toString(), method == null ? "" : method.label()));
    }

    public void markPaid(BatchSummary batch, LocalDate paidOn, PaymentMethod method) {
        if (batch == null) {
            error.set(Messages.get("benefits.error.noBatchChosen"));
            return;
        }
        run(p -> services.paymentBatches().markPaid(batch.programmeId(), batch.batch(), paidOn, method), done -> {
            message.set(Messages.get("benefits.batch.paid", done.batch(), done.paid(), done.total().format()));
            loadBatches();
            showPayments(done);
        });
    }

    public void showPayments(BatchSummary batch) {
        if (batch == null) {
            payments.clear();
            return;
        }
        run(p -> services.paymentBatches().payments(batch.programmeId(), batch.batch()), payments::setAll);
    }

    private void loadBatches() {
        BenefitProgramme programme = batchProgramme.get();
        payments.clear();
        if (programme == null) {
            batches.clear();
            return;
        }
        run(p -> services.paymentBatches().batches(programme.id()), batches::setAll);
    }

    public void confirmReverification(EnrolmentRow row) {
        if (row == null) {
            return;
        }
        run(p -> services.benefits().confirmReverification(row.enrolment().id(), row.enrolment().version()),
                saved -> {
                    message.set(Messages.get("benefits.reverified", row.personName(),
                            saved.reverificationDue().toString()));
                    refresh();
                });
    }

    public void endEnrolment(EnrolmentRow row, LocalDate on, String reason, Runnable onSaved) {
        run(p -> services.benefits().endEnrolment(row.enrolment().id(), row.enrolment().version(), on, reason),
                saved -> {
                    message.set(Messages.get("benefits.ended", row.personName(), row.programmeName()));
                    onSaved.run();
                    refresh();
                });
    }

    public void openPerson(UUID personId) {
        if (personId != null) {
            navigator.showPerson(personId);
        }
    }

    public LocalDate today() {
        return LocalDate.now(services.clock());
    }

    private <T> void run(Work<T> work, Consumer<T> then) {
        error.set("");
        executor.execute(BackgroundTask.of(work).onSuccess(then).onFailure(this::failed));
    }

    private void failed(Exception failure) {
        message.set("");   // a success told before is not left standing beside the refusal
        error.set(FailureText.of(failure, LOG, "Benefits"));
    }

    public ObservableList<BenefitProgramme> programmes() {
        return programmes;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<EnrolmentRow> reverifications() {
        return reverifications;
    }

    public ObservableList<BatchSummary> batches() {
        return batches;
    }

    public ObservableList<PaymentRow> payments() {
        return payments;
    }

    public ObjectProperty<BenefitProgramme> batchProgrammeProperty() {
        return batchProgramme;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * A dialog closed: its refusal, shown in the dialog, does not stay on the page behind (cancelled, the dialog took
     * nothing); a success was told in {@link #messageProperty()}.
     */
    public void dialogClosed() {
        error.set("");
    }

    /** Another tab chosen: what was told of the last action is not left standing over a list it is not about. */
    public void tabChanged() {
        message.set("");
        error.set("");
    }
}
