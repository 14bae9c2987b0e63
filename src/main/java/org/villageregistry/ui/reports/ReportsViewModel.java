package org.villageregistry.ui.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.indicator.Period;
import org.villageregistry.domain.repository.Register;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.RegistryException;
import org.villageregistry.domain.workstation.WorkstationRole;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.MonthFigures;
import org.villageregistry.report.PreviewPage;
import org.villageregistry.report.ReportKind;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.Progress;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.task.ScreenWork;

/**
 * 报表: which document, for which month (programme, registration), a preview of its pages, and print or save.
 * Rendering runs through the executor with progress and cancel; the pages are kept as PNG pictures, and the view
 * decodes only those in view (docs/decisions/0025).
 */
public final class ReportsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReportsViewModel.class);
    static final float PREVIEW_DPI = 96f;

    /** Sends a rendered PDF to a printer through the system print dialog; true when it was printed. */
    @FunctionalInterface
    public interface Printing {
        boolean print(byte[] pdf, String title);
    }

    /** A programme to pick for a payment roll. */
    public record ProgrammeChoice(String code, String name) {
        @Override
        public String toString() {
            return name + "（" + code + "）";
        }
    }

    private final ReportService reports;
    private final Register register;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ScreenWork work;
    private final Printing printing;
    private final String registrationHint;

    private final ObservableList<ReportKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>();
    private final StringProperty period = new SimpleStringProperty();
    private final ObservableList<ProgrammeChoice> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<ProgrammeChoice> programme = new SimpleObjectProperty<>();
    private final StringProperty registration = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper needsPeriod = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsProgramme = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsRegistration = new ReadOnlyBooleanWrapper();
    private final ObservableList<PreviewPage> pages = FXCollections.observableArrayList();
    private final ObservableList<MonthFigures.Line> figures = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper figureNotes = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPreview = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private byte[] previewPdf;
    private ReportRequest previewRequest;

    public ReportsViewModel(ReportService reports, Register register, Clock clock, TaskExecutor executor,
                            Executor uiThread, Printing printing) {
        this.reports = Objects.requireNonNull(reports);
        this.register = Objects.requireNonNull(register);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.work = new ScreenWork(executor, uiThread, LOG, Messages.get("reports.screen.cancelled"));
        this.printing = Objects.requireNonNull(printing);
        kinds.setAll(register.workstation().role() == WorkstationRole.TOWNSHIP
                ? List.of(ReportKind.TOWNSHIP_MONTHLY, ReportKind.DATA_QUALITY)
                : List.of(ReportKind.VILLAGE_MONTHLY, ReportKind.PAYMENT_ROLL, ReportKind.BIRTH_RECEIPT,
                        ReportKind.DATA_QUALITY));
        period.set(YearMonth.now(clock).minusMonths(1).toString());
        registrationHint = Messages.get("reports.screen.registrationPrompt", register.workstation().divisionName(),
                String.valueOf(YearMonth.now(clock).getYear()));
        kind.addListener((o, was, now) -> kindChanged(now));
        programme.addListener((o, was, now) -> suggestRollPeriod());
        // what is shown is what 打印/另存为 give: other choices take the pages away until previewed again
        period.addListener((o, was, now) -> choicesChanged());
        programme.addListener((o, was, now) -> choicesChanged());
        registration.addListener((o, was, now) -> choicesChanged());
        kind.set(kinds.get(0));
    }

    private void kindChanged(ReportKind now) {
        needsPeriod.set(now == ReportKind.VILLAGE_MONTHLY || now == ReportKind.TOWNSHIP_MONTHLY
                || now == ReportKind.PAYMENT_ROLL);
        needsProgramme.set(now == ReportKind.PAYMENT_ROLL);
        needsRegistration.set(now == ReportKind.BIRTH_RECEIPT);
        work.clearError();
        clearPreview();
        if (now == ReportKind.PAYMENT_ROLL) {
            suggestRollPeriod();
        } else if (period.get() == null || !period.get().matches("\\d{4}-\\d{2}")) {
            period.set(YearMonth.now(clock).minusMonths(1).toString());
        }
    }

    /** A roll's period follows how its programme pays: the newest period paid, a yearly programme's year. */
    private void suggestRollPeriod() {
        ProgrammeChoice chosen = programme.get();
        if (kind.get() != ReportKind.PAYMENT_ROLL || chosen == null) {
            return;
        }
        executor.execute(BackgroundTask.of(p -> reports.rollPeriod(chosen.code()))
                .onSuccess(suggested -> {
                    if (chosen.equals(programme.get())) {
                        period.set(suggested);
                    }
                })
                .onFailure(f -> work.fail(FailureText.of(f, LOG, "Suggesting a roll period"))));
    }

    private void choicesChanged() {
        if (hasPreview.get()) {
            clearPreview();
        }
    }

    /** The pages shown belong to other choices: they go, so no page of one report is taken for another. */
    private void clearPreview() {
        pages.clear();
        figures.clear();
        figureNotes.set("");
        hasPreview.set(false);
        previewPdf = null;
        previewRequest = null;
        status.set("");
    }

    /** Loads the programmes to choose from (each time the screen is shown: a programme may have been added). */
    public void refresh() {
        executor.execute(BackgroundTask.of(p -> register.transactions().read(() -> register.programmes().all()))
                .onSuccess(this::programmesLoaded)
                .onFailure(f -> work.fail(FailureText.of(f, LOG, "Loading programmes"))));
    }

    private void programmesLoaded(List<BenefitProgramme> all) {
        String chosen = Optional.ofNullable(programme.get()).map(ProgrammeChoice::code).orElse(null);
        programmes.setAll(all.stream().map(p -> new ProgrammeChoice(p.code(), p.name())).toList());
        programme.set(programmes.stream().filter(c -> c.code().equals(chosen)).findFirst()
                .orElse(programmes.isEmpty() ? null : programmes.get(0)));
    }

    /** The request the choices make, or empty with the reason in {@link #errorProperty()}. */
    Optional<ReportRequest> request() {
        ReportKind k = kind.get();
        try {
            return Optional.of(switch (k) {
                case VILLAGE_MONTHLY, TOWNSHIP_MONTHLY -> ReportRequest.monthly(k, Period.parse(period.get()));
                case PAYMENT_ROLL -> {
                    if (programme.get() == null) {
                        throw new RegistryException("reports.screen.noProgramme");
                    }
                    yield ReportRequest.roll(programme.get().code(), Period.parse(period.get()));
                }
                case BIRTH_RECEIPT -> {
                    if (registration.get() == null || registration.get().isBlank()) {
                        throw new RegistryException("reports.screen.noRegistration");
                    }
                    yield ReportRequest.receipt(registration.get().strip());
                }
                case DATA_QUALITY -> ReportRequest.quality();
            });
        } catch (RuntimeException e) {
            work.fail(e.getMessage());
            return Optional.empty();
        }
    }

    /** Renders the chosen document and its page pictures for the preview. */
    public void preview() {
        request().ifPresent(request -> start("reports.screen.previewing", task -> {
            byte[] pdf = reports.pdf(request, progressOf(task, 0.9), cancelOf(task));
            List<PreviewPage> images = reports.previewPages(pdf, PREVIEW_DPI, cancelOf(task));
            Optional<MonthFigures> figures = request.kind() == ReportKind.VILLAGE_MONTHLY
                    || request.kind() == ReportKind.TOWNSHIP_MONTHLY
                    ? request.period().map(reports::figures) : Optional.empty();
            return new Rendered(request, pdf, images, figures);
        }, this::shown));
    }

    private record Rendered(ReportRequest request, byte[] pdf, List<PreviewPage> images,
                            Optional<MonthFigures> figures) {
    }

    private void shown(Rendered r) {
        previewPdf = r.pdf();
        previewRequest = r.request();
        pages.setAll(r.images());
        figures.setAll(r.figures().map(MonthFigures::lines).orElse(List.of()));
        figureNotes.set(r.figures().map(f -> String.join("\n", f.notes())).orElse(""));
        hasPreview.set(true);
        status.set(Messages.get("reports.screen.pages", r.images().size(), r.request().kind().title(r.request().period().map(Period::text).orElse(null))));
    }

    /**
     * Saves the chosen document as .pdf, .csv or .xlsx by the file's extension; a PDF already previewed for the
     * same choices is saved as shown, without rendering it again.
     */
    public void save(Path file) {
        request().ifPresent(request -> {
            try {
                ReportService.OutputKind.of(file);
            } catch (RegistryException e) {
                work.fail(e.getMessage());
                return;
            }
            byte[] shownPdf = request.equals(previewRequest) ? previewPdf : null;
            start("reports.screen.saving", task -> {
                if (shownPdf != null && ReportService.OutputKind.of(file) == ReportService.OutputKind.PDF) {
                    reports.writePdf(shownPdf, file);
                    reports.handedOut(request, "pdf");
                } else {
                    reports.write(request, file, progressOf(task, 1.0), cancelOf(task));
                }
                return file;
            }, saved -> status.set(Messages.get("reports.screen.saved", saved.toString())));
        });
    }

    /** Prints the previewed document (rendering it first if the choices changed) through the print dialog. */
    public void print() {
        request().ifPresent(request -> {
            byte[] shownPdf = request.equals(previewRequest) ? previewPdf : null;
            start("reports.screen.printing", task -> {
                byte[] pdf = shownPdf != null ? shownPdf
                        : reports.pdf(request, progressOf(task, 1.0), cancelOf(task));
                boolean printed = printing.print(pdf, request.kind().title(request.period().map(Period::text)
                        .orElse(null)));
                if (printed) {
                    reports.handedOut(request, "print");
                }
                return printed;
            }, printed -> status.set(Messages.get(printed ? "reports.screen.printed" : "reports.screen.notPrinted")));
        });
    }

    /** How a registration number of this office looks, e.g. 如 柳树村〔2026〕0001号. */
    public String registrationHint() {
        return registrationHint;
    }

    /** Stops the running report; nothing is saved or shown from it. */
    public void cancel() {
        work.cancel();
    }

    private <T> void start(String stepKey, ScreenWork.Step<T> job, java.util.function.Consumer<T> done) {
        work.run(Messages.get(stepKey), "Making a report", job, done);
    }

    /** The report's own progress (a fraction and a sentence) as the work's steps, {@code share} of the bar. */
    private static ReportProgress progressOf(Progress task, double share) {
        return (fraction, text) -> {
            task.update(Math.round(fraction * share * 1000), 1000);
            task.message(text);
        };
    }

    private static CancelCheck cancelOf(Progress task) {
        return task::isCancelled;
    }

    public ObservableList<ReportKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public ObservableList<ProgrammeChoice> programmes() {
        return programmes;
    }

    public ObjectProperty<ProgrammeChoice> programmeProperty() {
        return programme;
    }

    public StringProperty registrationProperty() {
        return registration;
    }

    public ReadOnlyBooleanProperty needsPeriodProperty() {
        return needsPeriod.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsProgrammeProperty() {
        return needsProgramme.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsRegistrationProperty() {
        return needsRegistration.getReadOnlyProperty();
    }

    /** The previewed monthly report's figures (this period), as printed; empty for other documents. */
    public ObservableList<MonthFigures.Line> figures() {
        return figures;
    }

    /** The notes beneath the figures: the small-numbers mark, a missing reconciliation list. */
    public ReadOnlyStringProperty figureNotesProperty() {
        return figureNotes.getReadOnlyProperty();
    }

    public ObservableList<PreviewPage> pages() {
        return pages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviewProperty() {
        return hasPreview.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return work.stepProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
