package org.villageregistry.ui.people;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.person.CorrectionReason;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Coded;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.PersonFile;
import org.villageregistry.service.TimelineEntry;
import org.villageregistry.ui.DiscardQuestion;
import org.villageregistry.ui.YesNoQuestion;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.CodedChoices;
import org.villageregistry.ui.table.Columns;

/** One person: facts with masked numbers and reveal buttons, the timeline, correcting and voiding. */
final class PersonDetailView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final PersonDetailViewModel viewModel;
    private final Label title = new Label();
    private final GridPane facts = new GridPane();
    private final VBox form = new VBox(8);
    private final TextField nameField = new TextField();
    private final java.util.Map<String, Node> inputs = new java.util.HashMap<>();
    private final Button back = new Button(Messages.get("people.back"), new FontIcon("mdi2a-arrow-left"));

    PersonDetailView(PersonDetailViewModel viewModel, Runnable onBack, Consumer<java.util.UUID> openHousehold,
            Consumer<TimelineEntry> correctEvent) {
        this.viewModel = viewModel;
        setId("person-detail");
        setSpacing(10);
        setPadding(new Insets(18, 22, 18, 22));
        back.setId("person-back");
        back.setOnAction(event -> onBack.run());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("person-title");
        Button edit = new Button(Messages.get("people.edit"), new FontIcon("mdi2p-pencil-outline"));
        edit.setId("person-edit");
        edit.setMnemonicParsing(true);
        edit.setOnAction(event -> {
            viewModel.edit();
            nameField.requestFocus();
        });
        Button household = new Button(Messages.get("people.openHousehold"), new FontIcon("mdi2h-home-account"));
        household.setId("person-household");
        household.setOnAction(event -> viewModel.householdId().ifPresent(openHousehold));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, back, title, spacer, household, edit);
        top.setAlignment(Pos.CENTER_LEFT);

        Label message = ListPane.messageLine(viewModel.messageProperty());
        Label error = ListPane.errorLine("person-error", viewModel.errorProperty());

        facts.setHgap(14);
        facts.setVgap(6);
        buildForm();
        form.visibleProperty().bind(viewModel.editingProperty());
        form.managedProperty().bind(form.visibleProperty());
        // a voided record is history: it is neither corrected nor voided again
        javafx.beans.binding.BooleanBinding voided = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.fileProperty().get() != null && viewModel.fileProperty().get().person().isVoided(),
                viewModel.fileProperty());
        edit.disableProperty().bind(viewModel.editingProperty().or(voided));

        TableView<TimelineEntry> timeline = new TableView<>(viewModel.timeline());
        timeline.setId("person-timeline");
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        timeline.setPlaceholder(new Label(Messages.get("people.timeline.empty")));
        timeline.getColumns().add(Columns.text(Messages.get("people.timeline.date"), 100,
                e -> e.date() == null ? "" : e.date().toString()));
        timeline.getColumns().add(Columns.text(Messages.get("people.timeline.what"), 320, TimelineEntry::text));
        timeline.getColumns().add(Columns.text(Messages.get("people.timeline.who"), 200, PersonDetailView::who));
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timeline.setMinHeight(150);   // a few rows stay readable when the edit form is open (the page then scrolls)
        Label timelineTitle = new Label(Messages.get("people.timeline"));
        timelineTitle.getStyleClass().add(Styles.TITLE_4);
        Button correctEventButton = new Button(Messages.get("people.correctEvent"),
                new FontIcon("mdi2c-calendar-edit"));
        correctEventButton.setId("person-correct-event");
        correctEventButton.setMnemonicParsing(true);
        correctEventButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !PersonDetailViewModel.isCorrectable(timeline.getSelectionModel().getSelectedItem()),
                timeline.getSelectionModel().selectedItemProperty()));
        correctEventButton.setOnAction(event -> correctEvent.accept(timeline.getSelectionModel().getSelectedItem()));
        timeline.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && !correctEventButton.isDisabled()) {
                correctEventButton.fire();
            }
        });
        timeline.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !correctEventButton.isDisabled()) {
                correctEventButton.fire();
                event.consume();
            }
        });
        HBox timelineBar = new HBox(12, timelineTitle, correctEventButton);
        timelineBar.setAlignment(Pos.CENTER_LEFT);

        TextField reason = new TextField();
        reason.setId("person-void-reason");
        reason.setPromptText(Messages.get("people.void.prompt"));
        reason.textProperty().bindBidirectional(viewModel.voidReasonProperty());
        reason.setPrefColumnCount(24);
        Button voidButton = new Button(Messages.get("people.void"), new FontIcon("mdi2c-cancel"));
        voidButton.setId("person-void");
        voidButton.getStyleClass().add(Styles.DANGER);
        voidButton.setOnAction(event -> viewModel.voidQuestion()
                .filter(question -> YesNoQuestion.ask(this, Messages.get("people.void.title"), question))
                .ifPresent(question -> viewModel.voidPerson()));
        HBox voiding = new HBox(8, reason, voidButton);
        voiding.setAlignment(Pos.CENTER_LEFT);
        voiding.visibleProperty().bind(voided.not());
        voiding.managedProperty().bind(voiding.visibleProperty());

        getChildren().addAll(top, message, error, facts, form, timelineBar, timeline, voiding);
        viewModel.fileProperty().addListener((o, was, now) -> showFacts(now));
        viewModel.idNumberShownProperty().addListener((o, was, now) -> showFacts(viewModel.fileProperty().get()));
        viewModel.phoneShownProperty().addListener((o, was, now) -> showFacts(viewModel.fileProperty().get()));
        household.disableProperty().bind(viewModel.fileProperty().isNull());
        // a filter, not a handler: a dropdown (与户主关系) takes Esc for itself even when it is closed, so the form
        // opened from 数据质量 at such a field could not be left with Esc; an open dropdown still closes first
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !(getScene() != null
                    && getScene().getFocusOwner() instanceof javafx.scene.control.ComboBoxBase<?> box
                    && box.isShowing())) {
                if (viewModel.editingProperty().get()) {
                    cancelEdit();
                    if (!viewModel.editingProperty().get() && viewModel.isFixing()) {
                        onBack.run();
                    }
                } else {
                    onBack.run();
                }
                event.consume();
            }
        });
    }

    private void showFacts(PersonFile file) {
        facts.getChildren().clear();
        if (file == null) {
            return;
        }
        Person p = file.person();
        title.setText(p.isVoided() ? Messages.get("people.title.voided", p.name(), p.voidReason())
                : Messages.get("people.title", p.name(), PersonDetailViewModel.ageOn(p, LocalDate.now())));
        Button revealId = revealButton("person-reveal-id", viewModel::revealIdNumber);
        revealId.setVisible(!viewModel.idRevealedProperty().get() && p.idNumber() != null);
        Button revealPhone = revealButton("person-reveal-phone", viewModel::revealPhone);
        revealPhone.setVisible(!viewModel.phoneRevealedProperty().get() && p.phone() != null);
        Label id = value(viewModel.idNumberShownProperty().get());
        id.setId("person-id-number");
        Label phone = value(viewModel.phoneShownProperty().get());
        phone.setId("person-phone");
        String household = file.household().map(h -> h.number()).orElse("");
        fact(0, 0, "people.col.sex", value(label(p.sex())));
        fact(0, 1, "people.col.birthDate", value(p.birthDate() == null ? "" : p.birthDate().toString()));
        fact(0, 2, "people.col.idNumber", new HBox(6, id, revealId));
        fact(0, 3, "people.phone", new HBox(6, phone, revealPhone));
        fact(2, 0, "people.ethnicity", value(label(p.ethnicity())));
        fact(2, 1, "people.hukouType", value(label(p.hukouType())));
        fact(2, 2, "people.maritalStatus", value(label(p.maritalStatus())));
        fact(2, 3, "people.col.residence", value(p.isVoided() ? Messages.get("people.residence.voided")
                : label(p.residence())));
        fact(4, 0, "people.col.household", value(household));
        fact(4, 1, "people.col.relation", value(label(p.relation())));
        fact(4, 2, "people.enteredOn", value(p.enteredOn() == null ? "" : p.enteredOn().toString()));
        fact(4, 3, "people.notes", value(p.notes() == null ? "" : p.notes()));
        fact(2, 4, "people.firstMarriageDate", value(p.firstMarriageDate() == null ? ""
                : p.firstMarriageDate().toString()));
    }

    private Button revealButton(String id, Runnable action) {
        Button reveal = new Button(Messages.get("people.reveal"), new FontIcon("mdi2e-eye-outline"));
        reveal.setId(id);
        reveal.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        reveal.setOnAction(event -> action.run());
        return reveal;
    }

    private void fact(int column, int row, String key, Node value) {
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add(Styles.TEXT_MUTED);
        facts.add(name, column, row);
        facts.add(value, column + 1, row);
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static String label(Coded coded) {
        return coded == null ? "" : coded.label();
    }

    private void buildForm() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        nameField.setId("person-name-field");
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        ComboBox<Sex> sex = CodedChoices.combo(List.of(Sex.values()));
        sex.setId("person-sex-field");
        sex.valueProperty().bindBidirectional(viewModel.sexProperty());
        TextField birth = dateField("person-birth-field", viewModel.birthDateProperty());
        TextField idField = new TextField();
        idField.setId("person-id-field");
        idField.setPromptText(Messages.get("people.keepIfBlank"));
        idField.textProperty().bindBidirectional(viewModel.newIdNumberProperty());
        ComboBox<RelationToHead> relation = CodedChoices.combo(List.of(RelationToHead.values()));
        relation.setId("person-relation-field");
        relation.valueProperty().bindBidirectional(viewModel.relationProperty());
        TextField phoneField = new TextField();
        phoneField.setPromptText(Messages.get("people.phoneKeepIfBlank"));
        phoneField.textProperty().bindBidirectional(viewModel.newPhoneProperty());
        ComboBox<Ethnicity> ethnicity = CodedChoices.combo(List.of(Ethnicity.values()));
        ethnicity.valueProperty().bindBidirectional(viewModel.ethnicityProperty());
        ComboBox<HukouType> hukou = CodedChoices.combo(List.of(HukouType.values()));
        hukou.valueProperty().bindBidirectional(viewModel.hukouTypeProperty());
        ComboBox<MaritalStatus> marital = CodedChoices.combo(List.of(MaritalStatus.values()));
        marital.setId("person-marital-field");
        marital.valueProperty().bindBidirectional(viewModel.maritalStatusProperty());
        TextField firstMarriage = dateField("person-first-marriage-field", viewModel.firstMarriageDateProperty());
        TextField notes = new TextField();
        idField.setPrefColumnCount(14);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        row(grid, 0, 0, "people.name", "name", nameField);
        row(grid, 1, 0, "people.col.sex", "sex", sex);
        row(grid, 2, 0, "people.col.birthDate", "birthDate", birth);
        row(grid, 3, 0, "people.col.idNumber", "idNumber", idField);
        row(grid, 4, 0, "people.col.relation", "relation", relation);
        row(grid, 5, 0, "people.phone", "phone", phoneField);
        row(grid, 0, 3, "people.ethnicity", "ethnicity", ethnicity);
        row(grid, 1, 3, "people.hukouType", "hukouType", hukou);
        row(grid, 2, 3, "people.maritalStatus", "maritalStatus", marital);
        row(grid, 3, 3, "people.firstMarriageDate", "firstMarriageDate", firstMarriage);
        row(grid, 4, 3, "people.notes", "notes", notes);
        ComboBox<CorrectionReason> reason = CodedChoices.combo(List.of(CorrectionReason.values()).stream()
                .filter(r -> r != CorrectionReason.LEDGER).toList());
        reason.setId("person-reason-field");
        reason.valueProperty().bindBidirectional(viewModel.reasonProperty());
        Label reasonLabel = new Label(Messages.get("people.correctionReason"));
        reasonLabel.setLabelFor(reason);
        HBox reasonRow = new HBox(8, reasonLabel, reason);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        reasonRow.visibleProperty().bind(viewModel.identityChangedProperty());
        reasonRow.managedProperty().bind(reasonRow.visibleProperty());
        inputs.putAll(java.util.Map.of("name", nameField, "sex", sex, "birthDate", birth, "idNumber", idField,
                "relation", relation, "phone", phoneField, "ethnicity", ethnicity, "hukouType", hukou,
                "maritalStatus", marital, "firstMarriageDate", firstMarriage));
        inputs.put("notes", notes);
        inputs.put("reason", reason);
        viewModel.focusFieldProperty().addListener((o, was, now) -> focusField(now));
        Button save = new Button(Messages.get("people.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("person-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.busyProperty());
        save.setOnAction(event -> viewModel.save());
        Button cancel = new Button(Messages.get("people.cancel"));
        cancel.setOnAction(event -> cancelEdit());
        HBox buttons = new HBox(8, save, cancel);
        form.getChildren().setAll(grid, reasonRow, buttons);
        form.setPadding(new Insets(8));
        form.getStyleClass().add("person-form");
        form.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6;");
    }

    /** Who wrote an entry and when: a change of the record to the minute, an event on the day it was recorded. */
    private static String who(TimelineEntry e) {
        if (e.isChange()) {
            return e.author() + "  " + WHEN.format(e.at());
        }
        return e.recorded() == null ? ""
                : (java.util.Objects.toString(e.recorded().recordedBy(), "") + "  "
                        + java.util.Objects.toString(e.recorded().recordedOn(), "")).strip();
    }

    /** Esc or 取消: closes the form, after asking when something was typed. */
    private void cancelEdit() {
        if (!viewModel.hasUnsavedInput() || DiscardQuestion.confirm(this)) {
            viewModel.cancelEdit();
        }
    }

    private static TextField dateField(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(Messages.get("form.datePrompt"));
        field.setPrefColumnCount(9);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** Puts the cursor where a data-quality finding says the record must be fixed. */
    private void focusField(String field) {
        Node input = inputs.get(field);
        if (input != null) {
            javafx.application.Platform.runLater(input::requestFocus);
        }
    }

    private void row(GridPane grid, int row, int column, String labelKey, String field, Node input) {
        Label label = new Label(Messages.get(labelKey));
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setId("problem-" + field);
        viewModel.fieldProblems().addListener((javafx.collections.MapChangeListener<String, String>) change ->
                problem.setText(viewModel.fieldProblems().getOrDefault(field, "")));
        problem.setWrapText(true);
        problem.setMaxWidth(260);
        problem.setPrefWidth(260);                      // the columns stay put as messages come and go
        problem.setMinHeight(Region.USE_PREF_SIZE);     // a long message wraps onto more lines, never cut off
        grid.add(label, column, row);
        grid.add(input, column + 1, row);
        grid.add(problem, column + 2, row);
    }

    void focusFirst() {
        back.requestFocus();
    }
}
