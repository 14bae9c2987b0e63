package org.villageregistry.ui.events.movein;

import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.FormGrid;
import org.villageregistry.ui.events.form.SimpleFormView;

/** The move-in form: where from, into which household, and a block per arriving person. */
public final class MoveInFormView extends SimpleFormView {
    private final MoveInFormModel model;
    private final VBox blocks;

    public MoveInFormView(MoveInFormModel model, Consumer<UUID> openPerson) {
        this(model, openPerson, new VBox(12), new Button(Messages.get("events.moveIn.addPerson"),
                new FontIcon("mdi2a-account-plus")));
    }

    private MoveInFormView(MoveInFormModel model, Consumer<UUID> openPerson, VBox blocks, Button add) {
        super(model, openPerson, blocks, add);
        this.model = model;
        this.blocks = blocks;
        row("events.move.kind", CodedChoice.of(model.kinds(), model.kind(), "move-in-kind"), "kind");
        row("events.move.date", date("move-in-date", model.date()), "date");
        row("events.moveIn.household", text("move-in-household", model.householdNumber()), "householdId")
                .setPromptText(Messages.get("events.moveIn.householdHint"));
        row("events.moveIn.fromDivision", text("move-in-from", model.fromDivision()), "fromDivision");
        row("events.move.address", text("move-in-address", model.address()), "address");
        row("events.move.reason", CodedChoice.of(List.of(MoveReason.values()), model.reason(), "move-in-reason"),
                "reason");
        add.setId("move-in-add-person");
        add.setOnAction(e -> model.addPerson());
        model.persons().addListener((ListChangeListener<ArrivingEntry>) c -> showPersons());
        showPersons();
    }

    private void showPersons() {
        frame().forgetFields("person");
        blocks.getChildren().clear();
        for (int i = 0; i < model.persons().size(); i++) {
            blocks.getChildren().add(block(i, model.persons().get(i)));
        }
    }

    private VBox block(int i, ArrivingEntry entry) {
        String id = "move-in-person" + i;
        String f = "person" + i + ".";
        Label heading = new Label(Messages.get("events.moveIn.person", i + 1));
        heading.getStyleClass().add("title-4");
        Button remove = new Button(Messages.get("events.birth.removeChild"), new FontIcon("mdi2c-close"));
        remove.setVisible(model.persons().size() > 1);
        remove.setOnAction(e -> model.removePerson(entry));
        TextField name = text(id + "-name", entry.name());
        ComboBox<Sex> sex = CodedChoice.of(List.of(Sex.MALE, Sex.FEMALE), entry.sex(), id + "-sex");
        TextField born = date(id + "-birth-date", entry.birthDate());
        TextField idNumber = text(id + "-id", entry.idNumber());
        ComboBox<Ethnicity> ethnicity = CodedChoice.of(List.of(Ethnicity.values()), entry.ethnicity(),
                id + "-ethnicity");
        ComboBox<RelationToHead> relation = CodedChoice.of(List.of(RelationToHead.values()), entry.relation(),
                id + "-relation");
        ComboBox<MaritalStatus> marital = CodedChoice.of(List.of(MaritalStatus.values()), entry.maritalStatus(),
                id + "-marital");
        GridPane grid = FormGrid.grid();
        FormGrid.row(grid, 0, "events.birth.name", name);
        FormGrid.row(grid, 1, "events.birth.sex", sex);
        FormGrid.row(grid, 2, "events.moveIn.birthDate", born);
        FormGrid.row(grid, 3, "events.moveIn.idNumber", idNumber);
        FormGrid.row(grid, 4, "events.moveIn.ethnicity", ethnicity);
        FormGrid.row(grid, 5, "events.moveIn.relation", relation);
        FormGrid.row(grid, 6, "events.moveIn.maritalStatus", marital);
        frame().field(f + "name", name).field(f + "sex", sex).field(f + "birthDate", born)
                .field(f + "idNumber", idNumber).field(f + "ethnicity", ethnicity).field(f + "relation", relation)
                .field(f + "maritalStatus", marital);
        VBox block = new VBox(6, new HBox(12, heading, remove), grid);
        block.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4; -fx-padding: 10;");
        return block;
    }
}
