package org.villageregistry.ui.events.moveout;

import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.PersonPicker;
import org.villageregistry.ui.events.form.PersonPickerModel;
import org.villageregistry.ui.events.form.SimpleFormView;

/** The move-out form; a transfer to another village of the township is flagged as soon as its code is typed. */
public final class MoveOutFormView extends SimpleFormView {
    public MoveOutFormView(MoveOutFormModel model, Consumer<UUID> openPerson) {
        super(model, openPerson);
        row("events.move.kind", CodedChoice.of(model.kinds(), model.kind(), "move-out-kind"), "kind");
        PersonPicker picker = new PersonPicker(model.picker(), "move-out-person");
        row("events.moveOut.addPerson", picker, "personIds");
        ListView<Person> leaving = new ListView<>(model.leaving());
        leaving.setId("move-out-persons");
        leaving.setPrefHeight(110);
        leaving.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Person p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : PersonPickerModel.describe(p));
            }
        });
        leaving.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && leaving.getSelectionModel().getSelectedItem() != null) {
                model.remove(leaving.getSelectionModel().getSelectedItem());
            }
        });
        leaving.setTooltip(new javafx.scene.control.Tooltip(Messages.get("events.moveOut.deleteHint")));
        row("events.moveOut.persons", leaving, null);
        model.leaving().addListener((javafx.collections.ListChangeListener<Person>) c ->
                javafx.application.Platform.runLater(() -> {
                    if (model.picker().person().isPresent()) {
                        model.picker().clear();
                    }
                }));
        row("events.moveOut.household", text("move-out-household", model.householdNumber()), "householdId")
                .setPromptText(Messages.get("events.moveOut.householdHint"));
        row("events.move.date", date("move-out-date", model.date()), "date");
        javafx.scene.control.TextField to = text("move-out-to", model.toDivision());
        to.setPromptText(Messages.get("events.moveOut.toDivisionHint"));
        Label transfer = new Label(Messages.get("events.moveOut.transfer"), new FontIcon("mdi2s-swap-horizontal"));
        transfer.setId("transfer-flag");
        transfer.getStyleClass().add("accent");
        transfer.setStyle("-fx-font-weight: bold;");
        transfer.visibleProperty().bind(model.transfer());
        // the note under the code, there only for a transfer: no row of its own with a label and nothing beside it
        transfer.managedProperty().bind(transfer.visibleProperty());
        row("events.moveOut.toDivision", new javafx.scene.layout.VBox(4, to, transfer), to, "toDivision");
        row("events.move.address", text("move-out-address", model.address()), "address");
        row("events.move.reason", CodedChoice.of(List.of(MoveReason.values()), model.reason(), "move-out-reason"),
                "reason");
    }
}
