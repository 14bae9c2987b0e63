package org.villageregistry.ui.households;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.common.SearchAsYouType;
import org.villageregistry.ui.table.Columns;

/** The households with a search box; Enter or a double click opens one, the button starts a new one. */
final class HouseholdListView extends VBox {
    private final TextField search = new TextField();
    private final TableView<HouseholdRow> table = new TableView<>();

    HouseholdListView(HouseholdsViewModel viewModel, Consumer<HouseholdRow> open, Runnable startNew) {
        setId("households-list");
        setSpacing(10);
        setPadding(ListPane.padding());
        Label title = ListPane.title(Messages.get("screen.households"), "mdi2h-home-group");
        search.setId("households-search");
        search.setPromptText(Messages.get("households.search.prompt"));
        search.setPrefColumnCount(30);
        Label status = new Label();
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Button add = new Button(Messages.get("households.add"), new FontIcon("mdi2h-home-plus-outline"));
        add.setId("households-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> startNew.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, search, status, spacer, add);
        top.setAlignment(Pos.CENTER_LEFT);
        Label error = ListPane.errorLine("households-error", viewModel.errorProperty());

        SearchAsYouType typed = new SearchAsYouType(search, viewModel::search);
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                boolean enter = event.getCode() == KeyCode.ENTER;
                typed.whenShown(() -> {
                    ListPane.focusTable(table);
                    if (enter && table.getItems().size() == 1 && !table.getItems().get(0).isLoading()) {
                        open.accept(table.getItems().get(0));
                    }
                });
                event.consume();
            }
        });
        table.setId("households-table");
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Messages.get("households.empty")));
        table.getColumns().add(Columns.text(Messages.get("households.col.number"), 80, HouseholdRow::number));
        table.getColumns().add(Columns.text(Messages.get("households.col.head"), 110, HouseholdRow::headName));
        table.getColumns().add(Columns.text(Messages.get("households.col.members"), 60,
                r -> r.isLoading() ? "" : Integer.toString(r.members())));
        table.getColumns().add(Columns.text(Messages.get("households.col.group"), 80, HouseholdRow::group));
        table.getColumns().add(Columns.text(Messages.get("households.col.address"), 260, HouseholdRow::address));
        table.itemsProperty().bind(viewModel.rowsProperty());
        table.setOnKeyPressed(event -> {
            HouseholdRow row = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null && !row.isLoading()) {
                open.accept(row);
                event.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<HouseholdRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && !row.getItem().isLoading()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, error, table);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
