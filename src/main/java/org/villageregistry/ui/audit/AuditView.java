package org.villageregistry.ui.audit;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.record.EntityType;
import org.villageregistry.domain.repository.AuditAction;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.service.AuditText;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;

/**
 * 审计日志: a row of filters (Enter anywhere in it applies them), the virtualised table of entries, and the
 * buttons that check the hash chains and export what is shown.
 */
public final class AuditView extends VBox {
    private final Choosers choosers;
    private final AuditViewModel viewModel;
    private final ComboBox<String> user = new ComboBox<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = ListPane.iso(new DatePicker());
    private final DatePicker to = ListPane.iso(new DatePicker());
    private final ComboBox<EntityType> recordType = new ComboBox<>();
    private final TextField recordId = new TextField();
    private final TableView<AuditRow> table = new TableView<>();

    public AuditView(AuditViewModel viewModel, Choosers choosers) {
        this.choosers = choosers;
        this.viewModel = viewModel;
        setId("audit");
        setSpacing(10);
        setPadding(ListPane.padding());
        Button verify = new Button(Messages.get("audit.chain.verify"), new FontIcon("mdi2s-shield-check-outline"));
        verify.setId("audit-verify");
        verify.disableProperty().bind(viewModel.chainStateProperty().isEqualTo(AuditViewModel.ChainState.CHECKING));
        verify.setOnAction(event -> viewModel.verifyChains());
        Button export = new Button(Messages.get("audit.export"), new FontIcon("mdi2f-file-export-outline"));
        export.setId("audit-export");
        export.disableProperty().bind(viewModel.exportingProperty());
        export.setOnAction(event -> export());
        HBox title = ListPane.titleBar(Messages.get("screen.audit"), "mdi2s-shield-search",
                viewModel.loadingProperty(), verify, export);
        getChildren().addAll(title, filters(), chainLine(),
                ListPane.errorLine("audit-error", viewModel.errorProperty()),
                message("audit-export-message", viewModel.exportMessageProperty(), Styles.SUCCESS), table(),
                status());
    }

    /** Ctrl+F: the cursor goes to the record-id filter, its text selected. */
    public void focusFilter() {
        recordId.requestFocus();
        recordId.selectAll();
    }

    private Node filters() {
        user.setId("audit-user");
        user.setItems(viewModel.users());
        user.valueProperty().bindBidirectional(viewModel.userProperty());
        user.setConverter(labels(name -> name, "audit.filter.anyone"));
        user.setPromptText(Messages.get("audit.filter.anyone"));
        action.setId("audit-action");
        action.getItems().setAll(viewModel.actions());
        action.getItems().add(0, null);
        action.valueProperty().bindBidirectional(viewModel.actionProperty());
        action.setConverter(labels(a -> AuditText.action(a.name()), "audit.filter.anyAction"));
        action.setPromptText(Messages.get("audit.filter.anyAction"));
        from.setId("audit-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        from.setPrefWidth(150);
        to.setId("audit-to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        to.setPrefWidth(150);
        recordType.setId("audit-record-type");
        recordType.getItems().setAll(viewModel.recordTypes());
        recordType.getItems().add(0, null);
        recordType.valueProperty().bindBidirectional(viewModel.recordTypeProperty());
        recordType.setConverter(labels(t -> Messages.get("storage.entity." + t.wireName()),
                "audit.filter.anyRecord"));
        recordType.setPromptText(Messages.get("audit.filter.anyRecord"));
        recordId.setId("audit-record-id");
        recordId.textProperty().bindBidirectional(viewModel.recordIdProperty());
        recordId.setPromptText(Messages.get("audit.filter.recordIdPrompt"));
        recordId.setPrefColumnCount(10);
        Button apply = new Button(Messages.get("audit.filter.apply"), new FontIcon("mdi2f-filter-outline"));
        apply.setId("audit-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(event -> applyFilters());
        Button clear = new Button(Messages.get("audit.filter.clear"));
        clear.setId("audit-clear");
        clear.setOnAction(event -> viewModel.clearFilters());
        FlowPane row = new FlowPane(10, 8, labelled("audit.filter.user", user), labelled("audit.filter.action", action),
                labelled("audit.filter.from", from), labelled("audit.filter.to", to),
                labelled("audit.filter.recordType", recordType), labelled("audit.filter.recordId", recordId),
                apply, clear);
        row.setId("audit-filters");
        row.setAlignment(Pos.CENTER_LEFT);
        row.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !user.isShowing() && !action.isShowing()
                    && !recordType.isShowing() && !from.isShowing() && !to.isShowing()) {
                applyFilters();
                event.consume();
            }
        });
        return row;
    }

    private void applyFilters() {
        commitTyped(from);
        commitTyped(to);
        if (viewModel.apply()) {
            table.requestFocus();
        }
    }

    /** A date typed but not yet committed (no Enter reached the picker) becomes its value; a bad one is cleared. */
    private static void commitTyped(DatePicker picker) {
        String typed = picker.getEditor().getText();
        try {
            picker.setValue(typed == null || typed.isBlank() ? null : picker.getConverter().fromString(typed.strip()));
        } catch (java.time.format.DateTimeParseException notADate) {
            picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
        }
    }

    private static HBox labelled(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        HBox box = new HBox(6, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node chainLine() {
        Label line = message("audit-chain", viewModel.chainMessageProperty(), Styles.SUCCESS);
        viewModel.chainStateProperty().addListener((o, was, now) -> {
            line.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
            line.getStyleClass().add(switch (now) {
                case INTACT -> Styles.SUCCESS;
                case BROKEN -> Styles.DANGER;
                default -> Styles.TEXT_MUTED;
            });
            line.setGraphic(now == AuditViewModel.ChainState.BROKEN ? new FontIcon("mdi2l-link-variant-off")
                    : now == AuditViewModel.ChainState.INTACT ? new FontIcon("mdi2c-check-circle-outline") : null);
        });
        return line;
    }

    private TableView<AuditRow> table() {
        table.setId("audit-table");
        table.setPlaceholder(new Label(Messages.get("audit.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.getColumns().addAll(List.of(
                Columns.text(Messages.get("audit.col.seq"), 60, r -> r.isLoading() ? "" : String.valueOf(r.seq())),
                Columns.text(Messages.get("audit.col.when"), 150, AuditRow::when),
                Columns.text(Messages.get("audit.col.user"), 110, AuditRow::user),
                Columns.text(Messages.get("audit.col.action"), 130, AuditRow::action),
                Columns.text(Messages.get("audit.col.record"), 150, AuditRow::record),
                Columns.text(Messages.get("audit.col.workstation"), 100, AuditRow::workstation)));
        table.setItems(viewModel.rows());
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private Label status() {
        Label status = new Label();
        status.setId("audit-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        return status;
    }

    private void export() {
        choosers.save(this, Messages.get("audit.export.title"), List.of(new FileChooser.ExtensionFilter(
                Messages.get("audit.export.csv"), "*.csv")), viewModel.suggestedFileName()).ifPresent(viewModel::export);
    }

    private static Label message(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Shows each choice by its label, and the empty choice ("no filter") by the message {@code anyKey}. */
    private static <T> StringConverter<T> labels(Function<T, String> label, String anyKey) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? Messages.get(anyKey) : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
