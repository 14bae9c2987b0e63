package org.villageregistry.ui.services;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.health.HealthListEntry;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;

/**
 * 孕情与随访: four lists in tabs on the left (names only), the opened record on the right. Enter or a double
 * click opens a record, which the audit log notes; Esc closes it again.
 */
public final class ServicesView extends VBox {
    private final ServicesViewModel viewModel;
    private final TabPane tabs = new TabPane();

    public ServicesView(ServicesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("services");
        setSpacing(10);
        setPadding(ListPane.padding());
        Button newPregnancy = new Button(Messages.get("services.pregnancy.new"), new FontIcon("mdi2h-human-pregnant"));
        newPregnancy.setId("services-new-pregnancy");
        newPregnancy.setOnAction(e -> HealthForms.pregnancy(viewModel));
        Button newVisit = new Button(Messages.get("services.visit.new"), new FontIcon("mdi2c-clipboard-plus-outline"));
        newVisit.setId("services-new-visit");
        newVisit.setOnAction(e -> HealthForms.visit(viewModel, null, null));
        Button refresh = new Button(Messages.get("lists.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(e -> viewModel.refresh());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("services-pregnancies", "services.tab.pregnancies", viewModel.pregnancies(), false,
                        viewModel::openPregnancy),
                tab("services-overdue", "services.tab.overdue", viewModel.overdue(), true, viewModel::openVisit),
                tab("services-due", "services.tab.due", viewModel.dueSoon(), true, viewModel::openVisit),
                tab("services-visits", "services.tab.visits", viewModel.visits(), true, viewModel::openVisit));
        tabs.setPrefWidth(560);
        HBox body = new HBox(14, tabs, detailPane());
        HBox.setHgrow(tabs, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(viewModel.messageProperty());
        Label note = new Label(Messages.get("services.sensitive"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        getChildren().addAll(ListPane.titleBar(Messages.get("services.title"), "mdi2m-medical-bag",
                        viewModel.loadingProperty(), newPregnancy, newVisit, refresh), note,
                ListPane.errorLine("services-error", viewModel.errorProperty()), message, body);
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !viewModel.detail().isEmpty()) {
                viewModel.closeRecord();
                e.consume();
            }
        });
    }

    private Tab tab(String id, String key, ObservableList<HealthListEntry> rows, boolean visits,
                    Consumer<HealthListEntry> open) {
        TableView<HealthListEntry> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(Messages.get("services.empty")));
        table.getColumns().add(Columns.text(Messages.get("services.col.name"), 110, HealthListEntry::name));
        table.getColumns().add(Columns.text(Messages.get("services.col.household"), 120,
                HealthListEntry::householdNumber));
        if (visits) {
            table.getColumns().add(Columns.text(Messages.get("services.col.type"), 150,
                    r -> r.type() == null ? "" : r.type().label()));
            table.getColumns().add(Columns.text(Messages.get(id.equals("services-visits")
                    ? "services.col.date" : "services.col.due"), 110, r -> ListPane.date(r.day())));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListPane.onOpen(table, open);
        Tab tab = new Tab();
        tab.setContent(table);
        Runnable title = () -> tab.setText(Messages.get("services.tab.count", Messages.get(key), rows.size()));
        rows.addListener((javafx.collections.ListChangeListener<HealthListEntry>) c -> title.run());
        title.run();
        return tab;
    }

    private VBox detailPane() {
        Label title = new Label();
        title.setId("services-detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(viewModel.detailTitleProperty());
        TableView<ServicesViewModel.DetailLine> lines = new TableView<>(viewModel.detail());
        lines.setId("services-detail");
        lines.setPlaceholder(new Label(Messages.get("services.detail.closed")));
        lines.getColumns().add(Columns.text(Messages.get("services.col.what"), 110,
                ServicesViewModel.DetailLine::label));
        lines.getColumns().add(Columns.text(Messages.get("services.col.value"), 260,
                ServicesViewModel.DetailLine::value));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(lines, Priority.ALWAYS);
        Button person = new Button(Messages.get("services.detail.person"), new FontIcon("mdi2a-account-outline"));
        person.setOnAction(e -> viewModel.openPerson());
        Button visit = new Button(Messages.get("services.detail.visit"), new FontIcon("mdi2c-clipboard-plus-outline"));
        visit.setOnAction(e -> HealthForms.visit(viewModel, viewModel.openedPerson(), viewModel.openedPregnancy()));
        Button close = new Button(Messages.get("services.detail.close"), new FontIcon("mdi2e-eye-off-outline"));
        close.setOnAction(e -> viewModel.closeRecord());
        HBox actions = new HBox(8, person, visit, close);
        actions.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.detail()));
        VBox pane = new VBox(8, title, lines, actions);
        pane.setPrefWidth(420);
        pane.setMinWidth(360);
        return pane;
    }

    public void focusList() {
        tabs.getSelectionModel().getSelectedItem().getContent().requestFocus();
    }
}
