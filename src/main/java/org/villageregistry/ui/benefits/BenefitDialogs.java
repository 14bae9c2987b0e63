package org.villageregistry.ui.benefits;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.DialogButtons;
import org.villageregistry.ui.common.DateField;
import org.villageregistry.service.benefit.Candidate;
import org.villageregistry.service.benefit.EnrolmentRow;

/** The enrol and end-enrolment dialogs; a refused save, or a date that is none, keeps the dialog and what was typed. */
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
        DateField from = new DateField(vm.today(), "benefits.enrol.from", "enrol-from");
        TextField evidence = new TextField();
        evidence.setId("enrol-evidence");
        evidence.setPromptText(Messages.get("benefits.enrol.evidencePrompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("benefits.enrol.from", from.picker()), from.picker());
        grid.add(from.problemLine(), 1, 1);
        grid.addRow(2, label("benefits.enrol.evidence", evidence), evidence);
        dialog.getDialogPane().setContent(new VBox(8, who, reason, grid, error(vm)));
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        ((Button) dialog.getDialogPane().lookupButton(ok)).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            from.read().ifPresent(day -> vm.enrol(candidate, day, evidence.getText(), dialog::close));
        });
        Platform.runLater(evidence::requestFocus);
        DesktopTheme.dress(dialog);
        dialog.showAndWait();
        vm.dialogClosed();
    }

    static void end(BenefitsViewModel vm, EnrolmentRow row) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Messages.get("benefits.end.title"));
        Label who = new Label(Messages.get("benefits.end.who", row.personName(), row.programmeName()));
        DateField on = new DateField(vm.today(), "benefits.end.on", "end-on");
        TextField reason = new TextField();
        reason.setId("end-reason");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("benefits.end.on", on.picker()), on.picker());
        grid.add(on.problemLine(), 1, 1);
        grid.addRow(2, label("benefits.end.reason", reason), reason);
        dialog.getDialogPane().setContent(new VBox(8, who, grid, error(vm)));
        ButtonType ok = DialogButtons.ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel());
        ((Button) dialog.getDialogPane().lookupButton(ok)).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            on.read().ifPresent(day -> vm.endEnrolment(row, day, reason.getText(), dialog::close));
        });
        Platform.runLater(reason::requestFocus);
        DesktopTheme.dress(dialog);
        dialog.showAndWait();
        vm.dialogClosed();
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
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
