package org.villageregistry.ui.events.registration;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.registration.BirthRegistration;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.report.CancelCheck;
import org.villageregistry.report.ReportProgress;
import org.villageregistry.report.ReportRequest;
import org.villageregistry.report.ReportService;
import org.villageregistry.service.task.BackgroundTask;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.common.FailureText;
import org.villageregistry.ui.reports.ReportsViewModel;

/**
 * The receipt (回执) of the registration just saved, from the 生育登记 form itself: the same PDF with its signed
 * QR code that the reports screen makes, saved to a file or printed, off the UI thread.
 */
public final class ReceiptActions {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptActions.class);

    private final ReportService reports;
    private final TaskExecutor executor;
    private final ReportsViewModel.Printing printing;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReceiptActions(ReportService reports, TaskExecutor executor, ReportsViewModel.Printing printing) {
        this.reports = Objects.requireNonNull(reports);
        this.executor = Objects.requireNonNull(executor);
        this.printing = Objects.requireNonNull(printing);
    }

    /** The name the save dialog offers, e.g. 生育登记回执-柳树村〔2026〕0001号.pdf. */
    public static String fileName(BirthRegistration registration) {
        return Messages.get("events.receipt.fileName", registration.registrationNumber());
    }

    /** Writes the receipt as PDF; a file that is not .pdf is refused with its name. */
    public void savePdf(BirthRegistration registration, Path file) {
        run(BackgroundTask.of(task -> {
            reports.write(request(registration), file, ReportProgress.NONE, CancelCheck.NEVER);
            return Messages.get("events.receipt.saved", file.toString());
        }));
    }

    /** Prints the receipt through the system print dialog. */
    public void print(BirthRegistration registration) {
        run(BackgroundTask.of(task -> {
            byte[] pdf = reports.pdf(request(registration), ReportProgress.NONE, CancelCheck.NEVER);
            return Messages.get(printing.print(pdf, Messages.get("report.receipt.title"))
                    ? "events.receipt.printed" : "events.receipt.notPrinted");
        }));
    }

    /** Forgets the last message (a new registration is being typed). */
    void reset() {
        status.set("");
    }

    private static ReportRequest request(BirthRegistration registration) {
        return ReportRequest.receipt(registration.registrationNumber());
    }

    private void run(BackgroundTask<String> task) {
        status.set("");
        busy.set(true);
        executor.execute(task.onSuccess(status::set)
                .onFailure(f -> status.set(FailureText.of(f, LOG, "Writing a birth registration receipt")))
                .onFinished(() -> busy.set(false)));
    }

    /** What became of the last save or print, e.g. 已保存回执 D:\回执.pdf. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
