package org.villageregistry.ui.events.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.text.Problem;
import org.villageregistry.ui.DiscardQuestion;

/**
 * The frame every event form sits in: title, the problems of the last save at the top, the confirm box for
 * warnings, the fields, Save and Clear with a progress indicator, and after a save the message with a link to the
 * person. Enter saves and Esc clears (after asking, when something was typed). Problems are marked on their field
 * with ControlsFX decorations, through the map of field names to controls the form registers.
 */
public final class FormFrame extends VBox {
    private final EventFormModel model;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private Runnable afterSave = () -> { };
    private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();
    private final VBox problemList = new VBox(2);
    private final Button save = new Button(Messages.get("events.save"));
    private final ScrollPane scroll;

    public FormFrame(EventFormModel model, Node content, Consumer<UUID> openPerson) {
        this.model = model;
        getStyleClass().add("event-form");
        setSpacing(10);
        setPadding(new Insets(16));
        Label title = new Label(Messages.get(model.titleKey()));
        title.getStyleClass().add("title-3");

        problemList.setId("form-problems");
        problemList.getStyleClass().add("form-problems");
        problemList.setStyle("-fx-background-color: -color-danger-subtle; -fx-padding: 8; "
                + "-fx-background-radius: 4;");
        problemList.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemList.managedProperty().bind(problemList.visibleProperty());
        model.problems().addListener((ListChangeListener<Problem>) c -> showProblems());

        CheckBox confirm = new CheckBox(Messages.get("events.confirmWarnings"));
        confirm.setId("confirm-warnings");
        confirm.selectedProperty().bindBidirectional(model.warningsConfirmed());
        confirm.visibleProperty().bind(model.confirmationNeeded());
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.setMnemonicParsing(true);

        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        save.setId("save");
        save.setGraphic(new FontIcon("mdi2c-content-save"));
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip(Messages.get("events.save.hint")));
        save.setOnAction(e -> model.save());
        Button clear = new Button(Messages.get(model.clearKey()));
        clear.setId("clear");
        clear.setOnAction(e -> cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busy());
        Label saving = new Label(Messages.get("events.saving"));
        saving.visibleProperty().bind(model.busy());
        HBox buttons = new HBox(10, save, clear, progress, saving);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label saved = new Label();
        saved.setId("saved-message");
        saved.setWrapText(true);
        saved.textProperty().bind(model.savedMessage());
        saved.setGraphic(new FontIcon("mdi2c-check-circle"));
        saved.getStyleClass().add("success");
        Hyperlink open = new Hyperlink(Messages.get("events.openPerson"));
        open.setId("open-person");
        open.setOnAction(e -> {
            if (model.savedPerson().get() != null) {
                openPerson.accept(model.savedPerson().get());
            }
        });
        open.visibleProperty().bind(model.savedPerson().isNotNull());
        // a message of two lines (a note on the month's sign-off, a benefit that stops) is shown whole, not cut
        saved.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        saved.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(saved, javafx.scene.layout.Priority.ALWAYS);
        HBox done = new HBox(8, saved, open);
        done.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        done.setAlignment(Pos.CENTER_LEFT);
        done.setStyle("-fx-background-color: -color-success-subtle; -fx-padding: 8; -fx-background-radius: 4;");
        done.visibleProperty().bind(model.savedMessage().isNotEmpty());
        done.managedProperty().bind(done.visibleProperty());

        getChildren().addAll(title, done, problemList, confirm, scroll, buttons);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // saved: the emptied form from its top, the cursor in its first field for the next record
        model.savedMessage().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty()) {
                scroll.setVvalue(0);
                javafx.application.Platform.runLater(() -> afterSave.run());
            }
        });
    }

    /** What to do once a record is saved and the form emptied: put the cursor in the form's first field. */
    public FormFrame afterSave(Runnable focusFirst) {
        this.afterSave = focusFirst;
        return this;
    }

    /** Registers the control that shows a field (the name the domain rules use in Problem.field). */
    public FormFrame field(String name, Control control) {
        fields.put(name, control);
        return this;
    }

    /** Forgets the controls of fields whose name starts so (rows of a list that were rebuilt). */
    public void forgetFields(String prefix) {
        fields.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private void onKey(KeyEvent e) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus != null && focus.getProperties().get(PersonPicker.CHOOSING) instanceof BooleanSupplier s
                && s.getAsBoolean()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER && !(focus instanceof ButtonBase) && !(focus instanceof TextArea)) {
            model.save();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancel();
            e.consume();
        }
    }

    /** Esc or Clear: throws the input away, after asking when something was typed. */
    public void cancel() {
        if (!model.dirty().get() || DiscardQuestion.confirm(this)) {
            model.clear();
        }
    }

    /**
     * Lists each message once (the time of birth and the child's birth date are one field on the form), marks
     * every field with a problem (a red border for errors) and brings the registrar to the first wrong field.
     */
    private void showProblems() {
        problemList.getChildren().clear();
        Set<String> listed = new LinkedHashSet<>();
        for (Problem p : model.problems()) {
            if (!listed.add(p.message())) {
                continue;
            }
            Label line = new Label("• " + p.message());
            line.setWrapText(true);
            line.getStyleClass().add(p.isError() ? "danger" : "warning");
            line.setMinHeight(Region.USE_PREF_SIZE);
            problemList.getChildren().add(line);
        }
        for (Control c : fields.values()) {
            if (c.getScene() != null) {
                Decorator.removeAllDecorations(c);
            }
            c.setTooltip(null);
            c.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        }
        List<Control> wrong = new ArrayList<>();
        for (Problem p : model.problems()) {
            Control c = fields.get(p.field());
            if (c != null && c.getScene() != null) {
                decoration.applyValidationDecoration(p.isError() ? ValidationMessage.error(c, p.message())
                        : ValidationMessage.warning(c, p.message()));
                c.setTooltip(new Tooltip(p.message()));
                if (p.isError()) {
                    c.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                    wrong.add(c);
                }
            }
        }
        wrong.stream().min(Comparator.comparingDouble((Control c) -> sceneBounds(c).getMinY())
                .thenComparingDouble(c -> sceneBounds(c).getMinX())).ifPresent(this::bringToFirstWrong);
    }

    private void bringToFirstWrong(Control field) {
        layout();
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (isInside(field, content)) {
            double top = content.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            if (contentHeight > viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (top - 24) / (contentHeight - viewport))));
            }
        }
        field.requestFocus();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Puts the cursor in the first field, e.g. for Ctrl+N. */
    public void focusFirst(Control first) {
        first.requestFocus();
    }
}
