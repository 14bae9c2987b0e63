package org.villageregistry.ui.roster;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.roster.RosterFilter;
import org.villageregistry.service.roster.RosterWoman;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;

/** 育龄妇女名册: reference day and check interval on top, one toggle per filter with its count, then the table. */
public final class RosterView extends VBox {
    private final RosterViewModel viewModel;
    private final TableView<RosterWoman> table = new TableView<>();
    private final ToggleGroup filters = new ToggleGroup();
    private final DatePicker day = org.villageregistry.ui.common.ListPane.iso(new DatePicker());

    public RosterView(RosterViewModel viewModel) {
        this.viewModel = viewModel;
        setId("roster");
        setSpacing(10);
        setPadding(ListPane.padding());
        day.setId("roster-date");
        day.setValue(viewModel.referenceDateProperty().get());
        day.setPrefWidth(150);
        day.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.referenceDateProperty().set(now);
                viewModel.load();
            }
        });
        Spinner<Integer> months = new Spinner<>(1, 120, viewModel.checkMonthsProperty().get());
        months.setId("roster-months");
        months.setEditable(true);
        months.setPrefWidth(80);
        months.valueProperty().addListener((o, was, now) -> {
            viewModel.checkMonthsProperty().set(now);
            viewModel.load();
        });
        Label dayLabel = new Label(Messages.get("roster.date"));
        dayLabel.setLabelFor(day);
        Label monthsLabel = new Label(Messages.get("roster.checkMonths"));
        monthsLabel.setLabelFor(months);
        Button refresh = new Button(Messages.get("lists.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(e -> viewModel.load());
        HBox top = ListPane.titleBar(Messages.get("roster.title"), "mdi2h-human-female",
                viewModel.loadingProperty(), refresh);
        HBox inputs = new HBox(8, dayLabel, day, monthsLabel, months);
        if (viewModel.showsVillages()) {
            ComboBox<RosterViewModel.Village> village = new ComboBox<>(viewModel.villages());
            village.setId("roster-village");
            village.setPrefWidth(160);
            village.valueProperty().bindBidirectional(viewModel.villageProperty());
            Label villageLabel = new Label(Messages.get("roster.village"));
            villageLabel.setLabelFor(village);
            villageLabel.setMnemonicParsing(true);
            inputs.getChildren().addAll(villageLabel, village);
        }
        inputs.setAlignment(Pos.CENTER_LEFT);
        HBox toggles = new HBox(6);
        toggles.setAlignment(Pos.CENTER_LEFT);
        for (RosterFilter f : RosterFilter.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("roster-filter-" + f.name());
            button.setUserData(f);
            button.setToggleGroup(filters);
            button.setSelected(f == viewModel.filterProperty().get());
            toggles.getChildren().add(button);
        }
        filters.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                viewModel.filterProperty().set((RosterFilter) now.getUserData());
            }
        });
        viewModel.summaryProperty().addListener((o, was, now) -> labelToggles());
        labelToggles();
        Label summary = new Label();
        summary.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        table.setId("roster-table");
        table.setItems(viewModel.rows());
        table.setPlaceholder(new Label(Messages.get("roster.empty")));
        if (viewModel.showsVillages()) {
            table.getColumns().add(Columns.text(Messages.get("roster.col.village"), 90, viewModel::villageOf));
        }
        table.getColumns().add(Columns.text(Messages.get("roster.col.name"), 110, w -> w.woman().name()));
        table.getColumns().add(Columns.text(Messages.get("roster.col.age"), 70, w -> String.valueOf(w.age())));
        table.getColumns().add(Columns.text(Messages.get("roster.col.birth"), 110,
                w -> ListPane.date(w.woman().birthDate())));
        table.getColumns().add(Columns.text(Messages.get("roster.col.household"), 120, RosterWoman::householdNumber));
        table.getColumns().add(Columns.text(Messages.get("roster.col.marital"), 90,
                w -> w.woman().maritalStatus() == null ? "" : w.woman().maritalStatus().label()));
        table.getColumns().add(Columns.text(Messages.get("roster.col.pregnant"), 70,
                w -> w.pregnant() ? Messages.get("lists.yes") : ""));
        table.getColumns().add(Columns.text(Messages.get("roster.col.lastCheck"), 120,
                w -> w.lastCheck().map(Object::toString).orElse(Messages.get("roster.never"))));
        table.getColumns().add(Columns.text(Messages.get("roster.col.checkDue"), 80,
                w -> w.checkDue() ? Messages.get("lists.yes") : ""));
        table.getColumns().add(Columns.text(Messages.get("roster.col.residence"), 170,
                w -> w.woman().residence() == null ? "" : w.woman().residence().label()));
        table.setFixedCellSize(28);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListPane.onOpen(table, viewModel::open);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, inputs, toggles, summary, ListPane.errorLine("roster-error", viewModel.errorProperty()),
                table);
    }

    private void labelToggles() {
        filters.getToggles().forEach(t -> ((ToggleButton) t).setText(
                viewModel.filterLabel((RosterFilter) t.getUserData())));
    }

    public void focusTable() {
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    public void focusDate() {
        day.requestFocus();
    }
}
