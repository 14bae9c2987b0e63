package org.villageregistry.ui.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.ledger.ColumnMapping;
import org.villageregistry.service.ledger.LedgerColumn;
import org.villageregistry.service.ledger.LedgerExportService;
import org.villageregistry.service.ledger.LedgerImportService;
import org.villageregistry.service.ledger.LedgerImportSummary;
import org.villageregistry.service.ledger.LedgerSheet;
import org.villageregistry.service.ledger.LedgerValidation;
import org.villageregistry.service.ledger.RowResult;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.task.ScreenWork;

/**
 * 导入台账: the steps of bringing an Excel/CSV ledger into the register. Choose a file, check the guessed column
 * mapping on the first rows (and fix it), validate every row, export the rows in error as a sheet to fix, import
 * the valid rows in one transaction, read the summary. Also exports the register as a ledger (.xlsx).
 */
public final class LedgerImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerImportViewModel.class);
    /** How many rows the mapping step shows. */
    public static final int PREVIEW_ROWS = 8;

    /** The steps of the wizard, in order. */
    public enum Step { CHOOSE, MAPPING, CHECK, SUMMARY }

    private final LedgerImportService imports;
    private final LedgerExportService exports;
    private final ScreenWork work;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.CHOOSE);
    private final ReadOnlyObjectWrapper<LedgerSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ColumnMapping> mapping =
            new ReadOnlyObjectWrapper<>(new ColumnMapping(Map.of()));
    private final ReadOnlyObjectWrapper<LedgerValidation> validation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LedgerImportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<List<String>> preview = FXCollections.observableArrayList();
    private final ObservableList<RowResult> errorRows = FXCollections.observableArrayList();
    /** Refused rows, rows imported with a warning, and updates: what the check step lists. */
    private final ObservableList<RowResult> attentionRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** @param onUiThread hands the import's progress to the UI thread ({@code Platform::runLater}) */
    public LedgerImportViewModel(LedgerImportService imports, LedgerExportService exports, TaskExecutor executor,
                                 Consumer<Runnable> onUiThread) {
        this.imports = Objects.requireNonNull(imports);
        this.exports = Objects.requireNonNull(exports);
        this.work = new ScreenWork(executor, onUiThread::accept, LOG);
    }

    /** Step 1: reads the ledger and guesses the mapping; on success the mapping step shows the first rows. */
    public void open(Path file) {
        work.run(Messages.get("ledger.ui.reading"), "Reading a ledger", p -> imports.readSheet(file), read -> {
                    sheet.set(read);
                    mapping.set(read.guessedMapping());
                    preview.setAll(read.sample(PREVIEW_ROWS).stream().map(r -> r.texts(read.headers().size())).toList());
                    validation.set(null);
                    summary.set(null);
                    errorRows.clear();
                    attentionRows.clear();
                    notice.set(Messages.get("ledger.ui.read", read.fileName(), read.rows().size(),
                            read.headerRowNumber()));
                    step.set(Step.MAPPING);
                });
    }

    /** The ledger column a sheet column is mapped to, if any. */
    public Optional<LedgerColumn> columnAt(int index) {
        return mapping.get().columns().entrySet().stream().filter(e -> e.getValue() == index)
                .map(Map.Entry::getKey).findFirst();
    }

    /** The registrar fixes the mapping: sheet column {@code index} holds {@code column}, or nothing (ignored). */
    public void assign(int index, Optional<LedgerColumn> column) {
        ColumnMapping changed = mapping.get();
        Optional<LedgerColumn> before = columnAt(index);
        if (before.isPresent()) {
            changed = changed.without(before.get());
        }
        if (column.isPresent()) {
            changed = changed.with(column.get(), index);
        }
        mapping.set(changed);
        validation.set(null);
    }

    /** The required columns the mapping still lacks, as a sentence; empty when the mapping is complete. */
    public String missingColumns() {
        List<LedgerColumn> missing = mapping.get().missing();
        return missing.isEmpty() ? "" : Messages.get("ledger.ui.missing",
                String.join("、", missing.stream().map(LedgerColumn::header).toList()));
    }

    /** Step 2: checks every row under the mapping; writes nothing. */
    public void validate() {
        LedgerSheet read = sheet.get();
        ColumnMapping chosen = mapping.get();
        if (read == null) {
            return;
        }
        if (!chosen.missing().isEmpty()) {
            work.fail(missingColumns());
            return;
        }
        work.run(Messages.get("ledger.ui.validating"), "Validating a ledger", p -> imports.validate(read, chosen),
                checked -> {
                    validation.set(checked);
                    errorRows.setAll(checked.errorRows());
                    attentionRows.setAll(checked.attentionRows());
                    notice.set(counts(checked));
                    step.set(Step.CHECK);
                });
    }

    /** The rows in error as a workbook (original columns plus the reason), to fix and import again. */
    public void exportErrors(Path file) {
        LedgerValidation checked = validation.get();
        if (checked == null) {
            return;
        }
        work.run(Messages.get("ledger.ui.writingErrors"), "Writing a ledger error sheet", p -> {
            imports.writeErrorSheet(checked, file);
            return checked.errorRows().size();
        }, rows -> notice.set(Messages.get("ledger.ui.errorsWritten", rows, file.getFileName())));
    }

    /** Step 3: imports the valid rows in one transaction; the progress bar follows the rows saved. */
    public void importValid() {
        LedgerValidation checked = validation.get();
        if (checked == null) {
            return;
        }
        work.run(Messages.get("ledger.ui.importing"), "Importing a ledger",
                p -> imports.importRows(checked.sheet(), checked.mapping(), p), done -> {
                    summary.set(done);
                    notice.set(summaryText(done));
                    step.set(Step.SUMMARY);
                });
    }

    /** Writes the whole register as a ledger workbook in the layout the import reads. */
    public void exportRegister(Path file) {
        work.run(Messages.get("ledger.ui.exporting"), "Exporting the register as a ledger",
                p -> exports.export(file),
                persons -> notice.set(Messages.get("ledger.ui.exported", persons, file.getFileName())));
    }

    /** Back one step (mapping → choose, check → mapping); the summary starts again at choose. */
    public void back() {
        work.clearError();
        LedgerSheet read = sheet.get();
        if (step.get() == Step.CHECK && read != null) {
            // the counts were those of the check; back at the columns, what was read is what holds
            notice.set(Messages.get("ledger.ui.read", read.fileName(), read.rows().size(), read.headerRowNumber()));
        }
        step.set(switch (step.get()) {
            case CHOOSE, MAPPING, SUMMARY -> Step.CHOOSE;
            case CHECK -> Step.MAPPING;
        });
    }

    public static String counts(LedgerValidation checked) {
        return Messages.get("ledger.ui.counts", checked.rows().size(), checked.count(RowResult.Action.CREATE),
                checked.count(RowResult.Action.UPDATE), checked.count(RowResult.Action.UNCHANGED),
                checked.count(RowResult.Action.ERROR));
    }

    public static String summaryText(LedgerImportSummary done) {
        return Messages.get("ledger.ui.summary", done.created(), done.updated(), done.unchanged(), done.skipped(),
                done.householdsCreated());
    }

    public long importableRows() {
        LedgerValidation checked = validation.get();
        return checked == null ? 0
                : checked.count(RowResult.Action.CREATE) + checked.count(RowResult.Action.UPDATE);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LedgerSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LedgerValidation> validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LedgerImportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<List<String>> preview() {
        return preview;
    }

    public ObservableList<RowResult> errorRows() {
        return errorRows;
    }

    public ObservableList<RowResult> attentionRows() {
        return attentionRows;
    }

    /** The check list's title: how many rows are refused, to check, and updates. */
    public String attentionTitle() {
        LedgerValidation checked = validation.get();
        return checked == null ? "" : Messages.get("ledger.ui.attentionTitle", checked.count(RowResult.Action.ERROR),
                checked.warned(), checked.count(RowResult.Action.UPDATE));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** 0 to 1 while rows are saved, -1 while the amount of work is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return work.errorProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
