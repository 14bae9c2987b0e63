package org.villageregistry.ui.quality;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.Finding;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;

/** 数据质量: the kinds with their counts on the left, the findings of the chosen kind on the right. */
public final class QualityView extends VBox {
    private final ListView<QualityViewModel.Group> groups = new ListView<>();
    private final TableView<Finding> table = new TableView<>();

    public QualityView(QualityViewModel viewModel) {
        setId("quality");
        setSpacing(10);
        setPadding(ListPane.padding());
        Button refresh = new Button(Messages.get("lists.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("quality-refresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Label summary = new Label();
        summary.setId("quality-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        groups.setId("quality-groups");
        groups.setItems(viewModel.groups());
        groups.setPrefWidth(260);
        groups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(QualityViewModel.Group item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.kindProperty().set(now.kind());
            }
        });
        viewModel.groups().addListener((javafx.collections.ListChangeListener<QualityViewModel.Group>) c ->
                viewModel.groups().stream().filter(g -> g.kind() == viewModel.kindProperty().get()).findFirst()
                        .ifPresentOrElse(g -> groups.getSelectionModel().select(g), () -> {
                            if (groups.isFocused() && !groups.getItems().isEmpty()) {
                                groups.getSelectionModel().selectFirst();
                            }
                        }));
        groups.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.RIGHT) {
                focusFindings();
                e.consume();
            }
        });
        table.setId("quality-findings");
        table.setItems(viewModel.findings());
        table.setPlaceholder(new Label(Messages.get("quality.none")));
        if (viewModel.showsVillages()) {
            table.getColumns().add(Columns.text(Messages.get("quality.col.village"), 90, Finding::village));
        }
        table.getColumns().add(Columns.text(Messages.get("quality.col.record"), 120, Finding::record));
        table.getColumns().add(Columns.wrapped(Messages.get("quality.col.message"), 520, Finding::message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListPane.onOpen(table, viewModel::open);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox body = new HBox(12, groups, table);
        VBox.setVgrow(body, Priority.ALWAYS);
        // a township opens no village's record: its hint does not promise it
        Label hint = new Label(Messages.get(viewModel.showsVillages() ? "quality.hint.township" : "quality.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(ListPane.titleBar(Messages.get("quality.title"), "mdi2c-clipboard-alert-outline",
                viewModel.loadingProperty(), refresh), summary, ListPane.errorLine("quality-error",
                viewModel.errorProperty()), body, hint);
    }

    public void focusFindings() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    /** Ctrl+F and the screen shown: the kinds of finding, one chosen, so Up and Down move through them at once. */
    public void focusGroups() {
        groups.requestFocus();
        if (groups.getSelectionModel().isEmpty() && !groups.getItems().isEmpty()) {
            groups.getSelectionModel().selectFirst();
        }
    }
}
