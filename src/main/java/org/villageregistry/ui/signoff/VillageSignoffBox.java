package org.villageregistry.ui.signoff;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.text.Messages;

/** The reports screen's 提交所填月份的月报表 button (Alt+U), the month states and what the last submission said. */
public final class VillageSignoffBox extends VBox {
    public VillageSignoffBox(VillageSignoffModel model, java.util.function.Supplier<String> period) {
        setId("signoff-box");
        setSpacing(4);
        Button submit = new Button(Messages.get("signoff.ui.submit"));
        submit.setId("signoff-submit");
        submit.setMnemonicParsing(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setOnAction(e -> {
            String month = period.get();
            model.submitQuestion(month)
                    .filter(q -> org.villageregistry.ui.YesNoQuestion.ask(submit,
                            Messages.get("signoff.ui.submitTitle"), q))
                    .ifPresent(q -> model.submit(month));
        });
        Label months = new Label();
        months.setId("signoff-months");
        months.setWrapText(true);
        months.textProperty().bind(model.monthsProperty());
        Label message = new Label();
        message.setId("signoff-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        Label error = new Label();
        error.setId("signoff-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        getChildren().addAll(submit, months, message, error);
    }
}
