package org.villageregistry.ui.events.correct;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.villageregistry.domain.record.RegisterRecord;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.EventCorrectionService;
import org.villageregistry.service.PersonService;
import org.villageregistry.service.task.TaskExecutor;
import org.villageregistry.ui.DesktopTheme;
import org.villageregistry.ui.DiscardQuestion;

/**
 * The correction form of one event in a window over the screen it was opened from. It closes after a save, or on
 * Esc when nothing was typed (with something typed, Esc first asks whether to throw it away, as in every form).
 */
public final class EventCorrectionWindow {
    private EventCorrectionWindow() {
    }

    /** Opens the form of {@code event}; {@code afterSave} gets the corrected event once the window closed. */
    public static Stage open(Node owner, RegisterRecord event, EventCorrectionService corrections,
            PersonService persons, TaskExecutor executor, Consumer<RegisterRecord> afterSave) {
        Stage stage = new Stage();
        EventCorrectionFormModel<?> model = EventCorrectionFormModel.of(event, corrections, persons, executor,
                saved -> {
                    stage.close();
                    afterSave.accept(saved);
                });
        EventCorrectionView view = new EventCorrectionView(model);
        // a window of its own inherits neither the main window's Chinese font nor its style sheet
        DesktopTheme.useChineseFont(view);
        DesktopTheme.style(view);
        Scene scene = new Scene(view, 620, 640);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner.getScene().getWindow());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !model.dirty().get()) {
                stage.close();
                e.consume();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (model.dirty().get() && !DiscardQuestion.confirm(view)) {
                e.consume();
            }
        });
        stage.setTitle(Messages.get(model.titleKey()));
        stage.setScene(scene);
        stage.show();
        view.focusFirst();
        return stage;
    }
}
