package org.villageregistry.ui.signoff;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.signoff.VillageMonth;
import org.villageregistry.ui.YesNoQuestion;
import org.villageregistry.ui.table.Columns;

/**
 * 月报审核 tab of 各村: the month (Enter lists it), the villages' states, what the chosen village submitted against the
 * township's own count of the month, and 通过(A) (after a question) / 退回(R) for the chosen row, the reason typed in
 * the field beside 退回. Everything reachable by keyboard: Tab, arrow keys, Alt+M, Alt+A, Alt+R.
 */
public final class TownshipSignoffPane extends VBox {
    public TownshipSignoffPane(TownshipSignoffModel model) {
        setId("signoff-pane");
        setSpacing(8);
        setPadding(new Insets(10, 0, 0, 0));
        TextField period = new TextField();
        period.setId("signoff-period");
        period.setPrefColumnCount(8);
        period.textProperty().bindBidirectional(model.periodProperty());
        period.setOnAction(e -> model.refresh());
        Label periodLabel = new Label(Messages.get("signoff.ui.period"));
        periodLabel.setMnemonicParsing(true);
        periodLabel.setLabelFor(period);
        Button list = new Button(Messages.get("signoff.ui.list"));
        list.setOnAction(e -> model.refresh());

        TableView<VillageMonth> table = new TableView<>(model.months());
        table.setId("signoff-table");
        table.setPlaceholder(new Label(Messages.get("signoff.ui.none")));
        table.getColumns().add(Columns.text(Messages.get("villages.col.name"), 120, VillageMonth::villageName));
        table.getColumns().add(Columns.text(Messages.get("villages.col.code"), 130, VillageMonth::village));
        table.getColumns().add(Columns.text(Messages.get("report.signoff.col.state"), 110,
                TownshipSignoffModel::stateText));
        table.getColumns().add(Columns.text(Messages.get("report.signoff.col.submitted"), 150,
                m -> m.submittedAt().map(t -> t.atZone(java.time.ZoneId.systemDefault()).toLocalDateTime()
                        .withSecond(0).withNano(0).toString().replace('T', ' ')).orElse("")));
        table.getColumns().add(Columns.sentence(Messages.get("report.signoff.col.reason"), 200,
                m -> m.reason().orElse("")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button approve = new Button(Messages.get("signoff.ui.approve"));
        approve.setId("signoff-approve");
        approve.setMnemonicParsing(true);
        approve.setOnAction(e -> model.approveQuestion()
                .filter(question -> YesNoQuestion.ask(approve, Messages.get("signoff.ui.approveTitle"), question))
                .ifPresent(question -> model.approve()));
        TextField reason = new TextField();
        reason.setId("signoff-reason");
        reason.setPromptText(Messages.get("signoff.ui.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button giveBack = new Button(Messages.get("signoff.ui.return"));
        giveBack.setId("signoff-return");
        giveBack.setMnemonicParsing(true);
        giveBack.setOnAction(e -> model.returnMonth());
        approve.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !TownshipSignoffModel.decidable(model.selectedProperty().get()), model.selectedProperty()));
        giveBack.disableProperty().bind(approve.disableProperty());

        Label submitted = new Label();
        submitted.setId("signoff-submitted");
        submitted.setWrapText(true);
        submitted.textProperty().bind(model.submittedProperty());
        submitted.managedProperty().bind(submitted.textProperty().isNotEmpty());
        submitted.visibleProperty().bind(submitted.managedProperty());

        Label error = new Label();
        error.setId("signoff-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Label status = new Label();
        status.setId("signoff-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(new HBox(8, periodLabel, period, list), table, submitted,
                new HBox(8, approve, reason, giveBack),
                error, status);
    }
}
