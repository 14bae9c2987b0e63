package org.villageregistry.ui.services;

import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.ui.events.form.PersonPicker;
import org.villageregistry.ui.events.form.PersonPickerModel;
import java.util.UUID;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.villageregistry.ui.common.DateField;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.health.VisitResult;
import org.villageregistry.domain.health.VisitType;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.DialogButtons;
import org.villageregistry.service.health.NewVisit;
import org.villageregistry.ui.table.CodedChoices;

/**
 * The two forms of the services screen as dialogs: 登记孕情 (woman, LMP → 预产期 shown as typed) and 登记随访.
 * A refused save keeps the dialog open with everything typed and the rule's message under the fields.
 */
final class HealthForms {
    private HealthForms() {
    }

    static void pregnancy(ServicesViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("services.pregnancy.new"));
        PersonPickerModel women = vm.personPicker(p -> p.sex() == Sex.FEMALE);
        PersonPicker woman = new PersonPicker(women, "pregnancy-woman");
        DateField lmpField = new DateField(null, "services.field.lmp", "pregnancy-lmp");
        DatePicker lmp = lmpField.picker();
        Label expected = new Label();
        lmp.valueProperty().addListener((o, was, now) -> expected.setText(ServicesViewModel.expectedDeliveryText(now)));
        Label error = errorLabel(vm);
        GridPane grid = grid();
        grid.addRow(0, label("services.field.woman", woman.field()), woman);
        grid.addRow(1, label("services.field.lmp", lmp), new VBox(2, lmp, lmpField.problemLine()));
        grid.add(expected, 1, 2);
        dialog.getDialogPane().setContent(new VBox(8, grid, error));
        ButtonType save = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            // a date typed that is no date is said so at the field, never read as none
            lmpField.read().ifPresent(day -> vm.recordPregnancy(women.person().map(Person::id).orElse(null), day,
                    dialog::close));
        });
        Platform.runLater(woman.field()::requestFocus);
        DesktopTheme.dress(dialog);
        dialog.showAndWait();
    }

    static void visit(ServicesViewModel vm, UUID person, UUID pregnancy) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("services.visit.new"));
        PersonPickerModel anyone = vm.personPicker(p -> true);
        PersonPicker picker = new PersonPicker(anyone, "visit-person");
        DateField dateField = new DateField(java.time.LocalDate.now(), "services.field.date", "visit-date");
        DatePicker date = dateField.picker();
        ComboBox<VisitType> type = CodedChoices.combo(java.util.List.of(VisitType.values()));
        TextField provider = new TextField();
        TextArea findings = DialogButtons.tabLeaves(new TextArea());
        findings.setId("visit-findings");
        findings.setPrefRowCount(3);
        ComboBox<VisitResult> result = CodedChoices.combo(java.util.List.of(VisitResult.values()));
        DateField nextDueField = new DateField(null, "services.field.nextDue", "visit-next-due");
        DatePicker nextDue = nextDueField.picker();
        GridPane grid = grid();
        int row = 0;
        if (person == null) {
            grid.addRow(row++, label("services.field.person", picker.field()), picker);
        } else {
            grid.addRow(row++, label("services.field.person", null),
                    new Label(Messages.get("services.visit.forOpened", vm.openedPersonName())));
        }
        grid.addRow(row++, label("services.field.date", date), new VBox(2, date, dateField.problemLine()));
        grid.addRow(row++, label("services.field.type", type), type);
        grid.addRow(row++, label("services.field.provider", provider), provider);
        grid.addRow(row++, label("services.field.findings", findings), findings);
        grid.addRow(row++, label("services.field.result", result), result);
        grid.addRow(row, label("services.field.nextDue", nextDue), new VBox(2, nextDue, nextDueField.problemLine()));
        Label error = errorLabel(vm);
        dialog.getDialogPane().setContent(new VBox(8, grid, error));
        ButtonType save = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            UUID who = person != null ? person : anyone.person().map(Person::id).orElse(null);
            // both dates read as typed: one that is no date is said so at its field and nothing is saved
            boolean nextReadable = nextDueField.readOptional();
            java.util.Optional<java.time.LocalDate> day = dateField.read();
            if (day.isEmpty() || !nextReadable) {
                return;
            }
            vm.recordVisit(new NewVisit(who, pregnancy, day.get(), type.getValue(), provider.getText(),
                    findings.getText(), result.getValue(), nextDueField.value()), dialog::close);
        });
        Platform.runLater(() -> (person == null ? picker.field() : date).requestFocus());
        DesktopTheme.dress(dialog);
        dialog.showAndWait();
    }

    private static Label errorLabel(ServicesViewModel vm) {
        Label error = new Label();
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        return error;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /** A field's name, never cut to "服务…": the label column is as wide as its longest name. */
    private static Label label(String key, javafx.scene.Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
