package org.villageregistry.ui.people;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.common.SearchAsYouType;
import org.villageregistry.ui.table.Columns;

/** The search box over a virtualised table of people; Enter or a double click opens the chosen person. */
final class PeopleListView extends VBox {
    private final TextField search = new TextField();
    private final TableView<PersonRow> table = new TableView<>();

    PeopleListView(PeopleViewModel viewModel, Consumer<PersonRow> open) {
        setId("people-list");
        setSpacing(10);
        setPadding(ListPane.padding());
        Label title = ListPane.title(Messages.get("screen.people"), "mdi2a-account-search-outline");
        search.setId("people-search");
        search.setPromptText(Messages.get("people.search.prompt"));
        search.setPrefColumnCount(36);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(viewModel.searchingProperty());
        Label status = new Label();
        status.setId("people-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Label error = ListPane.errorLine("people-error", viewModel.errorProperty());
        HBox top = new HBox(12, title, search, spinner, status);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.SOMETIMES);

        SearchAsYouType typed = new SearchAsYouType(search, viewModel::search);
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                boolean enter = event.getCode() == KeyCode.ENTER;
                typed.whenShown(() -> {
                    ListPane.focusTable(table);
                    if (enter && table.getItems().size() == 1) {
                        open.accept(table.getItems().get(0));
                    }
                });
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            }
        });

        table.setId("people-table");
        table.setPlaceholder(new Label(Messages.get("people.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.getColumns().add(Columns.text(Messages.get("people.col.name"), 110, PersonRow::name));
        table.getColumns().add(Columns.text(Messages.get("people.col.sex"), 50, PersonRow::sex));
        table.getColumns().add(Columns.text(Messages.get("people.col.birthDate"), 100,
                r -> r.birthDate() == null ? "" : r.birthDate().toString()));
        table.getColumns().add(Columns.text(Messages.get("people.col.idNumber"), 160, PersonRow::maskedId));
        table.getColumns().add(Columns.text(Messages.get("people.col.household"), 70, PersonRow::householdNumber));
        table.getColumns().add(Columns.text(Messages.get("people.col.relation"), 90, PersonRow::relation));
        table.getColumns().add(Columns.text(Messages.get("people.col.residence"), 120, PersonRow::residence));
        TableColumn<PersonRow, String> match = Columns.text(Messages.get("people.col.match"), 80, PersonRow::match);
        table.getColumns().add(match);
        table.itemsProperty().bind(viewModel.rowsProperty());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected(open);
                event.consume();
            }
        });
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<PersonRow>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, error, table);
    }

    private void openSelected(Consumer<PersonRow> open) {
        PersonRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && !row.isLoading()) {
            open.accept(row);
        }
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

}
