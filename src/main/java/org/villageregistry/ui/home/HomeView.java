package org.villageregistry.ui.home;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.service.home.TodayItem;
import org.villageregistry.service.home.TodayRecord;

/**
 * 首页: one folding panel per kind of work with its count; open a panel to see the people, and Enter or a
 * double click on one opens that person. Kinds with nothing to do are shown as done, folded.
 */
public final class HomeView extends VBox {
    private static final int ROW_HEIGHT = 28;
    private static final int MAX_ROWS = 8;

    private final HomeViewModel viewModel;
    private final VBox panels = new VBox(8);
    private final Label summary = new Label();

    public HomeView(HomeViewModel viewModel) {
        this.viewModel = viewModel;
        setId("home");
        setSpacing(12);
        setPadding(ListPane.padding());
        Label title = ListPane.title(Messages.get("home.title"), "mdi2c-clipboard-check-outline");
        summary.setId("home-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.loadingProperty());
        Button refresh = new Button(Messages.get("home.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setId("home-refresh");
        refresh.disableProperty().bind(viewModel.loadingProperty());
        refresh.setOnAction(event -> viewModel.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spinner, spacer, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        Label error = ListPane.errorLine("home-error", viewModel.errorProperty());
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, summary, error, scroll);
        viewModel.items().addListener((ListChangeListener<TodayItem>) change -> rebuild());
        viewModel.loadingProperty().addListener((o, was, now) -> showSummary());
        rebuild();
    }

    /**
     * The panels again for the new items; a list the registrar had open stays open (a refresh that ends after she
     * opened one, e.g. the one each return to 首页 starts, must not close it under her).
     */
    private void rebuild() {
        showSummary();
        Set<String> open = new HashSet<>();
        for (javafx.scene.Node n : panels.getChildren()) {
            if (n instanceof TitledPane pane && pane.isExpanded()) {
                open.add(pane.getId());
            }
        }
        List<TitledPane> made = viewModel.items().stream().map(this::panel).toList();
        made.stream().filter(pane -> pane.isCollapsible() && open.contains(pane.getId()))
                .forEach(pane -> pane.setExpanded(true));
        panels.getChildren().setAll(made);
    }

    /** The count of things to do, or "正在整理今天要办的事……" while the first answer is still coming. */
    private void showSummary() {
        summary.setText(!viewModel.items().isEmpty() ? viewModel.summary()
                : viewModel.loadingProperty().get() ? Messages.get("home.loading") : "");
    }

    private TitledPane panel(TodayItem item) {
        FontIcon icon = new FontIcon(item.count() == 0 ? "mdi2c-check-circle-outline" : "mdi2a-alert-circle-outline");
        icon.getStyleClass().add(item.count() == 0 ? Styles.SUCCESS : Styles.WARNING);
        TitledPane pane = new TitledPane();
        pane.setText(HomeViewModel.heading(item));
        pane.setGraphic(icon);
        pane.setId("home-item-" + item.kind().name());
        pane.setExpanded(false);
        if (item.count() == 0) {
            pane.setCollapsible(false);
            pane.setContent(null);
            pane.getStyleClass().add("home-done");
            return pane;
        }
        ListView<TodayRecord> records = new ListView<>();
        records.getItems().setAll(item.records());
        records.setId("home-records-" + item.kind().name());
        records.setCellFactory(list -> new RecordCell());
        records.setFixedCellSize(ROW_HEIGHT);
        records.setPrefHeight(Math.min(item.count(), MAX_ROWS) * ROW_HEIGHT + 4);
        records.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && records.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(records.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        records.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && records.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(records.getSelectionModel().getSelectedItem());
            }
        });
        pane.setContent(records);
        return pane;
    }

    private static final class RecordCell extends ListCell<TodayRecord> {
        RecordCell() {
            // as wide as the list, never wider: a long line ends in … (whole in its tooltip), no sideways scrolling
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TodayRecord record, boolean empty) {
            super.updateItem(record, empty);
            if (empty || record == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(record.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(90);
            Label detail = new Label(record.detail());
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            detail.setMinWidth(0);
            if (!record.detail().isEmpty()) {
                javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip(record.detail());
                whole.setWrapText(true);
                whole.setMaxWidth(640);
                detail.setTooltip(whole);
            }
            HBox.setHgrow(detail, javafx.scene.layout.Priority.ALWAYS);
            HBox row = new HBox(12, name, detail);
            row.setMinWidth(0);
            if (!record.village().isEmpty()) {
                Label village = new Label(record.village());
                village.setId("home-record-village");
                village.setMinWidth(70);
                row.getChildren().add(0, village);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
