package org.villageregistry.ui.reports;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.report.MonthFigures;
import org.villageregistry.report.ReportKind;

/** The reports screen: choices and actions on the left, the pages of the preview on the right. */
final class ReportsView extends BorderPane {
    private final Choosers choosers;
    private final ReportsViewModel model;
    private final PreviewPages pagesView;
    private final TextField period = new TextField();

    private final java.util.Optional<org.villageregistry.ui.signoff.VillageSignoffModel> signoffs;

    ReportsView(ReportsViewModel model, Choosers choosers) {
        this(model, choosers, java.util.Optional.empty());
    }

    /** With a village's 提交所填月份的月报表 under the buttons (the month is the period field's). */
    ReportsView(ReportsViewModel model, Choosers choosers,
                java.util.Optional<org.villageregistry.ui.signoff.VillageSignoffModel> signoffs) {
        this.signoffs = signoffs;
        this.choosers = choosers;
        this.model = model;
        getStyleClass().add("reports-screen");
        this.pagesView = new PreviewPages(model.pages());
        setLeft(choices());
        setCenter(pagesView);
        setRight(figures());
    }

    private VBox choices() {
        Label title = new Label(Messages.get("reports.screen.title"));
        title.getStyleClass().add("title-3");

        ComboBox<ReportKind> kind = new ComboBox<>(model.kinds());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public ReportKind fromString(String s) {
                return null;
            }
        });
        kind.setMaxWidth(Double.MAX_VALUE);

        period.textProperty().bindBidirectional(model.periodProperty());
        period.setPromptText(Messages.get("reports.screen.periodPrompt"));
        VBox periodBox = field("reports.screen.period", period);
        periodBox.visibleProperty().bind(model.needsPeriodProperty());
        periodBox.managedProperty().bind(model.needsPeriodProperty());

        ComboBox<ReportsViewModel.ProgrammeChoice> programme = new ComboBox<>(model.programmes());
        programme.valueProperty().bindBidirectional(model.programmeProperty());
        programme.setMaxWidth(Double.MAX_VALUE);
        VBox programmeBox = field("reports.screen.programme", programme);
        programmeBox.visibleProperty().bind(model.needsProgrammeProperty());
        programmeBox.managedProperty().bind(model.needsProgrammeProperty());

        TextField registration = new TextField();
        registration.textProperty().bindBidirectional(model.registrationProperty());
        registration.setPromptText(model.registrationHint());
        VBox registrationBox = field("reports.screen.registration", registration);
        registrationBox.visibleProperty().bind(model.needsRegistrationProperty());
        registrationBox.managedProperty().bind(model.needsRegistrationProperty());

        Button preview = new Button(Messages.get("reports.screen.preview"));
        preview.setDefaultButton(true);
        preview.setOnAction(e -> model.preview());
        Button print = new Button(Messages.get("reports.screen.print"));
        print.setOnAction(e -> model.print());
        Button save = new Button(Messages.get("reports.screen.save"));
        save.setOnAction(e -> save());
        for (Button b : new Button[] {preview, print, save}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(model.busyProperty());
        }

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label step = new Label();
        step.textProperty().bind(model.stepProperty());
        Button cancel = new Button(Messages.get("reports.screen.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        VBox working = new VBox(4, bar, new HBox(8, step, cancel));
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(model.busyProperty());

        Label error = new Label();
        error.textProperty().bind(model.errorProperty());
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        // a button that says what it will do (a toggle button's Alt key does not toggle it)
        Button actualSize = new Button();
        actualSize.setId("report-actual-size");
        actualSize.setMnemonicParsing(true);
        actualSize.setMaxWidth(Double.MAX_VALUE);
        actualSize.textProperty().bind(javafx.beans.binding.Bindings.when(pagesView.actualSizeProperty())
                .then(Messages.get("reports.screen.fitWidth")).otherwise(Messages.get("reports.screen.actualSize")));
        actualSize.setOnAction(e -> pagesView.actualSizeProperty().set(!pagesView.actualSizeProperty().get()));

        VBox box = new VBox(10, title, field("reports.screen.document", kind), periodBox, programmeBox,
                registrationBox, preview, new HBox(8, print, save), actualSize, working, error, status);
        signoffs.ifPresent(s -> {
            box.getChildren().add(new org.villageregistry.ui.signoff.VillageSignoffBox(s, period::getText));
            s.refresh();
        });
        HBox.setHgrow(print, Priority.ALWAYS);
        HBox.setHgrow(save, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        box.setPrefWidth(280);
        box.setMinWidth(260);
        return box;
    }

    /** The previewed monthly report's figures as a list, each rate with its counts, the notes beneath. */
    private VBox figures() {
        Label heading = new Label(Messages.get("reports.screen.figures"));
        heading.getStyleClass().add("title-4");
        TableView<MonthFigures.Line> table = new TableView<>(model.figures());
        table.setId("report-figures");
        table.setPlaceholder(new Label(Messages.get("reports.screen.empty")));
        // a long indicator name ends in … here: its cell shows the whole name as a tooltip
        TableColumn<MonthFigures.Line, String> label = org.villageregistry.ui.table.Columns.sentence(
                Messages.get("report.col.indicator"), 190, MonthFigures.Line::label);
        TableColumn<MonthFigures.Line, String> value =
                new TableColumn<>(Messages.get("reports.screen.figureValue"));
        value.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(120);
        table.getColumns().add(label);
        table.getColumns().add(value);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label notes = new Label();
        notes.setId("report-figures-notes");
        notes.textProperty().bind(model.figureNotesProperty());
        notes.setWrapText(true);
        // the notes take the height their wrapped lines need; the table above gives way (it scrolls)
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, heading, table, notes);
        box.setPadding(new Insets(16));
        box.setPrefWidth(340);
        BooleanBinding shown = Bindings.isNotEmpty(model.figures());
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    private static VBox field(String key, javafx.scene.Node control) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.setMnemonicParsing(true);
        return new VBox(4, label, control);
    }


    /**
     * The report's own name and its period, as the registrar would name the file: 村人口信息月报-2026-11.pdf,
     * 乡镇人口信息季报-2026-Q4.pdf.
     */
    static String suggestedName(ReportKind kind, String period) {
        String text = period == null ? "" : period.strip().replaceAll("[\\\\/:*?\"<>|]", "-");
        return kind.title(text) + (text.isEmpty() ? "" : "-" + text) + ".pdf";
    }

    /** Saves into the last folder used (the USB stick, usually), under a name that says what the report is. */
    private void save() {
        ReportKind k = model.kindProperty().get();
        FileChooser chooser = choosers.fileChooser(Messages.get("reports.screen.save"), java.util.List.of(
                new FileChooser.ExtensionFilter("PDF", "*.pdf"),
                new FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv"),
                new FileChooser.ExtensionFilter("Excel (.xlsx)", "*.xlsx")),
                suggestedName(k, model.needsPeriodProperty().get() ? model.periodProperty().get() : null));
        choosers.remembered(chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow()))
                .ifPresent(chosen -> {
                    Path path = chosen;
                    String ext = chooser.getSelectedExtensionFilter() == null ? ""
                            : chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
                    if (!path.getFileName().toString().contains(".") && !ext.isEmpty()) {
                        path = path.resolveSibling(path.getFileName() + ext);
                    }
                    model.save(path);
                });
    }
}
