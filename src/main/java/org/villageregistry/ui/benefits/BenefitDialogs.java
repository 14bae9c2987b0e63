package org.villageregistry.ui.benefits;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.DialogButtons;
import org.villageregistry.service.benefit.Candidate;
import org.villageregistry.service.benefit.EnrolmentRow;

/** The enrol and end-enrolment dialogs; a refused save keeps the dialog and what was typed. */
final class BenefitDialogs {
    private BenefitDialogs() {
    }

    static void enrol(BenefitsViewModel vm, Candidate candidate) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("benefits.enrol.title"));
        Label who = new Label(Messages.get("benefits.enrol.who", candidate.applicant().name(),
                candidate.programme().name(), candidate.forChild().map(c -> c.name()).orElse("—")));
        Label reason = new Label(candidate.reason());
        reason.setWrapText(true);
        reason.setMaxWidth(480);
        DatePicker from = org.villageregistry.ui.common.ListPane.iso(new DatePicker(vm.today()));
        TextField evidence = new TextField();
        evidence.setId("enrol-evidence");
        evidence.setPromptText(Messages.get("benefits.enrol.evidencePrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("benefits.enrol.from", from), from);
        grid.addRow(1, label("benefits.enrol.evidence", evidence), evidence);
        dialog.getDialogPane().setContent(new VBox(8, who, reason, grid, error(vm)));
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        ((Button) dialog.getDialogPane().lookupButton(ok)).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.enrol(candidate, from.getValue(), evidence.getText(), dialog::close);
        });
        Platform.runLater(evidence::requestFocus);
        DesktopTheme.dress(dialog);
        dialog.showAndWait();
    }

    static void end(BenefitsViewModel vm, EnrolmentRow row) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("benefits.end.title"));
        Label who = new Label(Messages.get("benefits.end.who", row.personName(), row.programmeName()));
        DatePicker on = org.villageregistry.ui.common.ListPane.iso(new DatePicker(vm.today()));
        TextField reason = new TextField();
        reason.setId("end-reason");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("benefits.end.on", on), on);
        grid.addRow(1, label("benefits.end.reason", reason), reason);
        dialog.getDialogPane().setContent(new VBox(8, who, grid, error(vm)));
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        ((Button) dialog.getDialogPane().lookupButton(ok)).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.endEnrolment(row, on.getValue(), reason.getText(), dialog::close);
        });
        Platform.runLater(reason::requestFocus);
        DesktopTheme.dress(dialog);
        dialog.showAndWait();
    }

    private static Label error(BenefitsViewModel vm) {
        Label error = new Label();
        error.setWrapText(true);
        error.setMaxWidth(480);
        error.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        return error;
    }

    private static Label label(String key, javafx.scene.Node field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        return label;
    }
}
