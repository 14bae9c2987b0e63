package org.villageregistry.ui.events.correct;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.YesNoQuestion;
import org.villageregistry.ui.events.form.CodedChoice;
import org.villageregistry.ui.events.form.SimpleFormView;

/**
 * The correction form of a recorded event in the frame every event form has: its fields as recorded, the reason
 * last; problems marked on their field with the registrar brought to the first wrong one, Enter saves, Esc puts
 * back what is recorded. A death or a marriage recorded by mistake is voided below the form, with a reason and a
 * question first.
 */
public final class EventCorrectionView extends SimpleFormView {
    public EventCorrectionView(EventCorrectionFormModel<?> model) {
        super(model, id -> { }, voiding(model));
        setId("event-correction");
        model.fields().addRows(this::row);
        row("events.correct.reason", CodedChoice.of(EventCorrectionFormModel.REASONS, model.reason(),
                "correct-reason"), "correctionReason");
    }

    private static Node[] voiding(EventCorrectionFormModel<?> model) {
        if (!model.voidable()) {
            return new Node[0];
        }
        Label title = new Label(Messages.get("events.void.title"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label(Messages.get("events.void.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        TextField reason = new TextField();
        reason.setId("event-void-reason");
        reason.setPromptText(Messages.get("people.void.prompt"));
        reason.textProperty().bindBidirectional(model.voidReason());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button voidButton = new Button(Messages.get("events.void.button"), new FontIcon("mdi2c-cancel"));
        voidButton.setId("event-void");
        voidButton.setMnemonicParsing(true);
        voidButton.getStyleClass().add(Styles.DANGER);
        voidButton.disableProperty().bind(model.voidingProperty());
        voidButton.setOnAction(e -> model.voidQuestion()
                .filter(question -> YesNoQuestion.ask(voidButton, Messages.get("events.void.title"), question))
                .ifPresent(question -> model.voidEvent()));
        // Enter in the reason voids (after the question), it does not save the correction form around it
        reason.getProperties().put(org.villageregistry.ui.events.form.PersonPicker.CHOOSING,
                (java.util.function.BooleanSupplier) () -> true);
        reason.setOnAction(e -> voidButton.fire());
        HBox row = new HBox(8, reason, voidButton);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("event-void-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.voidError());
        error.visibleProperty().bind(model.voidError().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new Node[] {new VBox(6, new Separator(), title, hint, row, error)};
    }
}
