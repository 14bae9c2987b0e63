package org.villageregistry.ui.events.birth;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.event.BirthPlace;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.events.form.CodedChoice;
import static org.villageregistry.ui.events.form.FormGrid.grid;
import static org.villageregistry.ui.events.form.FormGrid.row;
import static org.villageregistry.ui.events.form.FormGrid.text;

import org.villageregistry.ui.events.form.EventForm;
import org.villageregistry.ui.events.form.EventFormModel;
import org.villageregistry.ui.events.form.FormFrame;
import org.villageregistry.ui.events.form.PersonPicker;

/** The birth form: mother and father by search, the delivery, and a block per child with its 孩次. */
public final class BirthFormView extends VBox implements EventForm {
    private final BirthFormModel model;
    private final FormFrame frame;
    private final PersonPicker mother;
    private final VBox childBlocks = new VBox(12);

    public BirthFormView(BirthFormModel model, Consumer<UUID> openPerson) {
        this.model = model;
        mother = new PersonPicker(model.mother(), "mother");
        PersonPicker father = new PersonPicker(model.father(), "father");
        ComboBox<BirthPlace> place = CodedChoice.of(List.of(BirthPlace.values()), model.place(), "place");
        TextField weeks = text("gestation-weeks", model.gestationWeeks());
        weeks.setPromptText(Messages.get("events.birth.weeksPrompt"));

        GridPane parents = grid();
        row(parents, 0, "events.birth.mother", mother);
        javafx.scene.control.Label fatherNote = new javafx.scene.control.Label();
        fatherNote.setId("father-note");
        fatherNote.setWrapText(true);
        fatherNote.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        fatherNote.textProperty().bind(model.fatherNote());
        fatherNote.visibleProperty().bind(fatherNote.textProperty().isNotEmpty());
        fatherNote.managedProperty().bind(fatherNote.visibleProperty());
        row(parents, 1, "events.birth.father", new VBox(2, father, fatherNote));
        row(parents, 2, "events.birth.place", place);
        row(parents, 3, "events.birth.gestationWeeks", weeks);

        Button addChild = new Button(Messages.get("events.birth.addChild"), new FontIcon("mdi2p-plus"));
        addChild.setId("add-child");
        addChild.setOnAction(e -> {
            model.addChild();
            lastChildName().ifPresent(Control::requestFocus);
        });
        VBox content = new VBox(14, parents, childBlocks, addChild);
        content.setPadding(new Insets(4));
        frame = new FormFrame(model, content, openPerson)
                .field("motherId", mother.field()).field("fatherId", father.field())
                .field("gestationWeeks", weeks).afterSave(this::focusFirst);
        model.children().addListener((ListChangeListener<ChildEntry>) c -> showChildren());
        showChildren();
        VBox.setVgrow(frame, Priority.ALWAYS);
        getChildren().add(frame);
    }

    private void showChildren() {
        frame.forgetFields("child");
        childBlocks.getChildren().clear();
        List<ChildEntry> children = model.children();
        for (int i = 0; i < children.size(); i++) {
            childBlocks.getChildren().add(childBlock(i, children.get(i)));
        }
    }

    private VBox childBlock(int i, ChildEntry child) {
        String prefix = "child" + i + ".";
        Label heading = new Label(Messages.get("events.birth.child", i + 1));
        heading.getStyleClass().add("title-4");
        Label order = new Label();
        order.setId("child" + i + "-order");
        order.textProperty().bind(child.order());
        order.getStyleClass().add("accent");
        Button remove = new Button(Messages.get("events.birth.removeChild"), new FontIcon("mdi2c-close"));
        remove.setVisible(model.children().size() > 1);
        remove.setManaged(remove.isVisible());
        remove.setOnAction(e -> model.removeChild(child));
        HBox head = new HBox(12, heading, order, remove);

        TextField name = text("child" + i + "-name", child.name());
        ComboBox<Sex> sex = CodedChoice.of(List.of(Sex.MALE, Sex.FEMALE), child.sex(), "child" + i + "-sex");
        TextField bornAt = text("child" + i + "-born-at", child.bornAt());
        bornAt.setPromptText(Messages.get("events.birth.bornAtPrompt"));
        TextField weight = text("child" + i + "-weight", child.weightGrams());
        TextField certificate = text("child" + i + "-certificate", child.certificateNumber());
        certificate.setPromptText("Q410012345");
        TextField health = text("child" + i + "-health", child.healthStatus());
        health.setPromptText(Messages.get("events.birth.healthPrompt"));
        GridPane grid = grid();
        row(grid, 0, "events.birth.name", name);
        row(grid, 1, "events.birth.sex", sex);
        row(grid, 2, "events.birth.bornAt", bornAt);
        row(grid, 3, "events.birth.weight", weight);
        row(grid, 4, "events.birth.certificate", certificate);
        row(grid, 5, "events.birth.health", health);
        frame.field(prefix + "name", name).field(prefix + "sex", sex).field(prefix + "bornAt", bornAt)
                .field(prefix + "birthDate", bornAt).field(prefix + "weightGrams", weight)
                .field(prefix + "certificateNumber", certificate).field(prefix + "healthStatus", health);
        VBox block = new VBox(6, head, grid);
        block.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4; -fx-padding: 10;");
        return block;
    }

    private java.util.Optional<Control> lastChildName() {
        return java.util.Optional.ofNullable((Control) lookup("#child" + (model.children().size() - 1) + "-name"));
    }

    @Override
    public javafx.scene.Node view() {
        return this;
    }

    @Override
    public EventFormModel model() {
        return model;
    }

    /** Ctrl+N: a new birth starts in the mother's search field. */
    @Override
    public void focusFirst() {
        mother.field().requestFocus();
    }

    @Override
    public FormFrame frame() {
        return frame;
    }
}
