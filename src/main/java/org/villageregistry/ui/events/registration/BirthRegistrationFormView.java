package org.villageregistry.ui.events.registration;

import org.villageregistry.ui.YesNoQuestion;
import static org.villageregistry.ui.events.form.FormGrid.date;
import static org.villageregistry.ui.events.form.FormGrid.text;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.registration.RegisteredChild;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.FormGrid;
import org.villageregistry.ui.events.form.PersonPicker;
import org.villageregistry.ui.events.form.SimpleFormView;

/** The 生育登记 form: the two spouses side by side, their joint children, the dates, and the receipt. */
public final class BirthRegistrationFormView extends SimpleFormView {
    public BirthRegistrationFormView(BirthRegistrationFormModel model, Consumer<UUID> openPerson) {
        this(model, openPerson, new HBox(24), new VBox(8));
    }

    private BirthRegistrationFormView(BirthRegistrationFormModel model, Consumer<UUID> openPerson, HBox spouses,
                                      VBox after) {
        super(model, openPerson, spouses, after);
        spouses.getChildren().addAll(
                spouse(model, "wife", model.wifePicker(), model.wife(), "events.registration.wife"),
                spouse(model, "husband", model.husbandPicker(), model.husband(), "events.registration.husband"));
        TableView<RegisteredChild> children = new TableView<>(model.children());
        children.setId("joint-children");
        children.setPrefHeight(130);
        children.setFocusTraversable(false);
        children.setPlaceholder(new Label(Messages.get("events.registration.noChildren")));
        children.getColumns().add(column("events.registration.childOrder", c -> String.valueOf(c.order())));
        children.getColumns().add(column("events.birth.name", RegisteredChild::name));
        children.getColumns().add(column("events.birth.sex", c -> c.sex() == null ? "" : c.sex().label()));
        children.getColumns().add(column("events.registration.childBorn", c -> String.valueOf(c.birthDate())));
        children.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label childrenTitle = new Label(Messages.get("events.registration.children"));
        childrenTitle.getStyleClass().add("title-4");
        Label order = new Label();
        order.setId("registered-order");
        order.textProperty().bind(model.registeredOrder());
        order.getStyleClass().add("accent");
        order.setStyle("-fx-font-weight: bold;");
        ComboBox<ChildChoice> child = new ComboBox<>(model.childChoices());
        child.setId("registered-child");
        child.valueProperty().bindBidirectional(model.registeredChild());
        GridPane dates = FormGrid.grid();
        FormGrid.row(dates, 0, "events.registration.child", new HBox(10, child, order));
        FormGrid.row(dates, 1, "events.registration.registeredOn", date("registered-on", model.registeredOn()));
        TextField due = date("expected-delivery", model.expectedDelivery());
        FormGrid.row(dates, 2, "events.registration.expectedDelivery", due);
        TextField office = text("office", model.office());
        FormGrid.row(dates, 3, "events.registration.office", office);
        frame().field("registeredOn", (TextField) dates.lookup("#registered-on"))
                .field("expectedDelivery", due).field("office", office).field("bornChild", child);
        after.getChildren().addAll(childrenTitle, children, dates, receiptButtons(model));
        model.firstMarriageQuestion().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> model.answerFirstMarriage(ask(now.text())));
            }
        });
    }

    /** Save the receipt as PDF or print it, once the registration is saved; what came of it beside. */
    private HBox receiptButtons(BirthRegistrationFormModel model) {
        Button pdf = new Button(Messages.get("events.receipt.savePdf"), new FontIcon("mdi2f-file-pdf-box"));
        pdf.setId("save-receipt-pdf");
        pdf.setMnemonicParsing(true);
        pdf.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("events.receipt.savePdf"));
            chooser.setInitialFileName(ReceiptActions.fileName(model.saved().get()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            java.io.File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                model.receipt().savePdf(model.saved().get(), file.toPath());
            }
        });
        Button print = new Button(Messages.get("events.receipt.print"), new FontIcon("mdi2p-printer"));
        print.setId("print-receipt");
        print.setMnemonicParsing(true);
        print.setOnAction(e -> model.receipt().print(model.saved().get()));
        for (Button b : List.of(pdf, print)) {
            b.visibleProperty().bind(model.saved().isNotNull());
            b.disableProperty().bind(model.receipt().busyProperty());
        }
        Label status = new Label();
        status.setId("receipt-status");
        status.textProperty().bind(model.receipt().statusProperty());
        Label filled = new Label();
        filled.textProperty().bind(model.firstMarriageMessage());
        return new HBox(10, pdf, print, status, filled);
    }

    private boolean ask(String question) {
        return YesNoQuestion.ask(this, Messages.get("events.registration.fillFirstMarriageTitle"), question);
    }

    private VBox spouse(BirthRegistrationFormModel model, String p, org.villageregistry.ui.events.form.PersonPickerModel
            picker, SpouseEntry entry, String titleKey) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("title-4");
        PersonPicker pick = new PersonPicker(picker, p + "-pick");
        TextField name = text(p + "-name", entry.name());
        TextField id = text(p + "-id", entry.idNumber());
        var ethnicity = CodedChoice.of(List.of(Ethnicity.values()), entry.ethnicity(), p + "-ethnicity");
        TextField hukou = text(p + "-hukou-address", entry.hukouAddress());
        TextField current = text(p + "-current-address", entry.currentAddress());
        var marital = CodedChoice.of(List.of(MaritalStatus.values()), entry.maritalStatus(), p + "-marital");
        TextField married = date(p + "-marriage-date", entry.marriageDate());
        GridPane grid = FormGrid.grid();
        FormGrid.row(grid, 0, "events.registration.pick", pick);
        FormGrid.row(grid, 1, "events.birth.name", name);
        FormGrid.row(grid, 2, "events.moveIn.idNumber", id);
        FormGrid.row(grid, 3, "events.moveIn.ethnicity", ethnicity);
        FormGrid.row(grid, 4, "events.registration.hukouAddress", hukou);
        FormGrid.row(grid, 5, "events.registration.currentAddress", current);
        FormGrid.row(grid, 6, "events.registration.maritalStatus", marital);
        FormGrid.row(grid, 7, "events.registration.marriageDate", married);
        frame().field(p + ".name", name).field(p + ".idNumber", id).field(p + ".ethnicity", ethnicity)
                .field(p + ".hukouAddress", hukou).field(p + ".currentAddress", current)
                .field(p + ".maritalStatus", marital).field(p + ".marriageDate", married);
        return new VBox(6, title, grid);
    }

    private static TableColumn<RegisteredChild, String> column(String key,
            java.util.function.Function<RegisteredChild, String> value) {
        TableColumn<RegisteredChild, String> col = new TableColumn<>(Messages.get(key));
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    @Override
    public void focusFirst() {
        javafx.scene.Node first = lookup("#wife-pick");
        if (first != null) {
            first.requestFocus();
        }
    }
}
