package org.villageregistry.ui.ledger;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.service.ledger.LedgerColumn;
import org.villageregistry.service.ledger.LedgerSheet;
import org.villageregistry.service.ledger.RowResult;
import org.villageregistry.ui.common.ListPane;

/**
 * 导入台账: the wizard's steps one at a time under a step line (选择文件 → 核对列 → 检查 → 完成), with the
 * notice and error lines of the view model and the progress bar of the import.
 */
public final class LedgerImportView extends VBox {
    private final Choosers choosers;
    private static final String ICON = "mdi2f-file-excel-outline";

    private final LedgerImportViewModel viewModel;
    private final HBox steps = new HBox(8);
    private final VBox body = new VBox(10);
    private final TableView<List<String>> preview = new TableView<>();
    private final TableView<RowResult> errors = new TableView<>();
    private final Label missing = new Label();
    private final Button choose = new Button(Messages.get("ledger.ui.choose"), new FontIcon("mdi2f-folder-open-outline"));

    public LedgerImportView(LedgerImportViewModel viewModel, Choosers choosers) {
        this.choosers = choosers;
        this.viewModel = viewModel;
        setId("ledger-import");
        setSpacing(10);
        setPadding(ListPane.padding());
        Label notice = new Label();
        notice.setId("ledger-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.stepProperty().isNotEqualTo(LedgerImportViewModel.Step.SUMMARY));
        notice.managedProperty().bind(notice.visibleProperty());
        preview.setId("ledger-preview");
        preview.setItems(viewModel.preview());
        preview.setPlaceholder(new Label(Messages.get("ledger.ui.noRows")));
        missing.setId("ledger-missing");
        missing.getStyleClass().add(Styles.DANGER);
        errors.setId("ledger-errors");
        errors.setItems(viewModel.attentionRows());
        errors.setPlaceholder(new Label(Messages.get("ledger.ui.noAttention")));
        errors.getColumns().add(column(Messages.get("ledger.ui.col.row"), 60, r -> String.valueOf(r.rowNumber())));
        errors.getColumns().add(column(Messages.get("ledger.ui.col.household"), 80, RowResult::householdNumber));
        errors.getColumns().add(column(Messages.get("ledger.ui.col.name"), 90, this::nameOf));
        errors.getColumns().add(column(Messages.get("ledger.ui.col.outcome"), 110, RowResult::outcome));
        errors.getColumns().add(org.villageregistry.ui.table.Columns.wrapped(Messages.get("ledger.ui.col.explanation"),
                520, RowResult::explanation));
        errors.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(ListPane.titleBar(Messages.get("ledger.ui.title"), ICON, viewModel.busyProperty()),
                steps, notice, ListPane.errorLine("ledger-error", viewModel.errorProperty()), body);
        viewModel.stepProperty().addListener((o, was, now) -> show(now));
        viewModel.sheetProperty().addListener((o, was, now) -> buildPreviewColumns(now));
        viewModel.mappingProperty().addListener((o, was, now) -> missing.setText(viewModel.missingColumns()));
        show(viewModel.stepProperty().get());
    }

    public void focusFirst() {
        choose.requestFocus();
    }

    private void show(LedgerImportViewModel.Step step) {
        steps.getChildren().setAll(stepLabels(step));
        body.getChildren().setAll(switch (step) {
            case CHOOSE -> chooseStep();
            case MAPPING -> mappingStep();
            case CHECK -> checkStep();
            case SUMMARY -> summaryStep();
        });
    }

    private List<Node> stepLabels(LedgerImportViewModel.Step current) {
        return java.util.Arrays.stream(LedgerImportViewModel.Step.values()).map(s -> {
            Label label = new Label((s.ordinal() + 1) + ". " + Messages.get("ledger.ui.step." + s.name()));
            label.getStyleClass().add(s == current ? Styles.ACCENT : Styles.TEXT_MUTED);
            if (s == current) {
                label.getStyleClass().add(Styles.TEXT_BOLD);
            }
            return (Node) label;
        }).toList();
    }

    private List<Node> chooseStep() {
        choose.setId("ledger-choose");
        choose.setDefaultButton(true);
        choose.disableProperty().bind(viewModel.busyProperty());
        choose.setOnAction(e -> openFile(Messages.get("ledger.ui.choose"), false)
                .ifPresent(viewModel::open));
        Button export = new Button(Messages.get("ledger.ui.exportRegister"), new FontIcon("mdi2t-table-arrow-right"));
        export.setId("ledger-export-register");
        export.disableProperty().bind(viewModel.busyProperty());
        export.setOnAction(e -> openFile(Messages.get("ledger.ui.exportRegister"), true)
                .ifPresent(viewModel::exportRegister));
        Label hint = new Label(Messages.get("ledger.ui.chooseHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label exportHint = new Label(Messages.get("ledger.ui.exportHint"));
        exportHint.setWrapText(true);
        exportHint.getStyleClass().add(Styles.TEXT_MUTED);
        return List.of(hint, choose, new Region(), exportHint, export);
    }

    private List<Node> mappingStep() {
        Label hint = new Label(Messages.get("ledger.ui.mappingHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        missing.setText(viewModel.missingColumns());
        VBox.setVgrow(preview, Priority.ALWAYS);
        Button back = new Button(Messages.get("ledger.ui.back"));
        back.setCancelButton(true);
        back.setOnAction(e -> viewModel.back());
        Button check = new Button(Messages.get("ledger.ui.validate"), new FontIcon("mdi2c-check-all"));
        check.setId("ledger-validate");
        check.setDefaultButton(true);
        check.disableProperty().bind(viewModel.busyProperty());
        check.setOnAction(e -> viewModel.validate());
        return List.of(hint, preview, missing, buttons(back, check));
    }

    private List<Node> checkStep() {
        VBox.setVgrow(errors, Priority.ALWAYS);
        Button back = new Button(Messages.get("ledger.ui.backToMapping"));
        back.setCancelButton(true);
        back.setOnAction(e -> viewModel.back());
        Button exportErrors = new Button(Messages.get("ledger.ui.exportErrors"), new FontIcon("mdi2f-file-download-outline"));
        exportErrors.setId("ledger-export-errors");
        exportErrors.setDisable(viewModel.errorRows().isEmpty());
        exportErrors.setOnAction(e -> saveFile(Messages.get("ledger.ui.exportErrors"),
                Messages.get("ledger.ui.errorsFileName"))
                .ifPresent(viewModel::exportErrors));
        long importable = viewModel.importableRows();
        Button importRows = new Button(Messages.get("ledger.ui.import", importable), new FontIcon("mdi2d-database-import-outline"));
        importRows.setId("ledger-import-rows");
        importRows.setDefaultButton(true);
        importRows.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(() -> importable == 0)));
        importRows.setOnAction(e -> viewModel.importValid());
        ProgressBar bar = new ProgressBar();
        bar.setId("ledger-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.busyProperty());
        Label errorsTitle = new Label(viewModel.attentionTitle());
        errorsTitle.setId("ledger-attention-title");
        errorsTitle.setWrapText(true);
        errorsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        return List.of(errorsTitle, errors, bar, buttons(back, exportErrors, importRows));
    }

    private List<Node> summaryStep() {
        Label done = new Label();
        done.setId("ledger-summary");
        done.getStyleClass().addAll(Styles.TITLE_4, Styles.SUCCESS);
        done.setWrapText(true);
        done.setText(Optional.ofNullable(viewModel.summaryProperty().get())
                .map(LedgerImportViewModel::summaryText).orElse(""));
        ProgressBar bar = new ProgressBar(1);
        bar.setMaxWidth(Double.MAX_VALUE);
        Button again = new Button(Messages.get("ledger.ui.again"), new FontIcon("mdi2f-file-excel-outline"));
        again.setDefaultButton(true);
        again.setOnAction(e -> viewModel.back());
        return List.of(done, bar, buttons(again));
    }

    private void buildPreviewColumns(LedgerSheet sheet) {
        preview.getColumns().clear();
        if (sheet == null) {
            return;
        }
        for (int i = 0; i < sheet.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>();
            column.setSortable(false);
            column.setPrefWidth(140);
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().size() ? row.getValue().get(index) : ""));
            ComboBox<Optional<LedgerColumn>> choice = new ComboBox<>(FXCollections.observableArrayList(choices()));
            choice.setId("ledger-map-" + index);
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(Optional<LedgerColumn> value) {
                    return value == null || value.isEmpty() ? Messages.get("ledger.ui.ignore") : value.get().header();
                }

                @Override
                public Optional<LedgerColumn> fromString(String text) {
                    return Optional.empty();
                }
            });
            choice.setValue(viewModel.columnAt(index));
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.valueProperty().addListener((o, was, now) -> {
                if (now != null && !now.equals(viewModel.columnAt(index))) {
                    viewModel.assign(index, now);
                }
            });
            viewModel.mappingProperty().addListener((o, was, now) -> choice.setValue(viewModel.columnAt(index)));
            Label header = new Label(sheet.headers().get(index).isBlank() ? "—" : sheet.headers().get(index));
            header.getStyleClass().add(Styles.TEXT_MUTED);
            VBox graphic = new VBox(4, header, choice);
            graphic.setAlignment(Pos.CENTER_LEFT);
            column.setGraphic(graphic);
            preview.getColumns().add(column);
        }
    }

    private static List<Optional<LedgerColumn>> choices() {
        List<Optional<LedgerColumn>> all = new java.util.ArrayList<>();
        all.add(Optional.empty());
        java.util.Arrays.stream(LedgerColumn.values()).map(Optional::of).forEach(all::add);
        return all;
    }

    private String nameOf(RowResult row) {
        return viewModel.mappingProperty().get().index(LedgerColumn.NAME)
                .filter(i -> i < row.cells().size()).map(row.cells()::get).orElse("");
    }

    private static HBox buttons(Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private static TableColumn<RowResult, String> column(String title, double width, Function<RowResult, String> value) {
        TableColumn<RowResult, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }

    /** The error rows get a name of their own: 人口台账.xlsx would read as a whole ledger. */
    private Optional<Path> saveFile(String title, String name) {
        return choosers.save(this, title, List.of(new FileChooser.ExtensionFilter("Excel (.xlsx)", "*.xlsx")), name);
    }

    private Optional<Path> openFile(String title, boolean save) {
        if (save) {
            return choosers.save(this, title, List.of(new FileChooser.ExtensionFilter("Excel (.xlsx)", "*.xlsx")),
                    Messages.get("ledger.ui.defaultFileName"));
        }
        return choosers.open(this, title, List.of(new FileChooser.ExtensionFilter(Messages.get("ledger.ui.fileKinds"),
                "*.xlsx", "*.xls", "*.csv", "*.txt")));
    }
}
