package org.villageregistry.ui.households;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.person.Ethnicity;
import org.villageregistry.domain.person.HukouType;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.MaritalStatus;
import org.villageregistry.domain.person.RelationToHead;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.CodedChoices;

/**
 * The new-household form: household fields, then one line of fields per member (head first), each line with its
 * problems beside it. Tab walks the fields in reading order; Alt+A adds a member, Ctrl+S or Enter saves, Esc
 * cancels (asking first when something was typed).
 */
final class AddHouseholdView extends VBox {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final AddHouseholdViewModel viewModel;
    private final GridPane rows = new GridPane();
    private final TextField group = new TextField();
    private final TextField number = new TextField();
    /** Per member row, its controls by the field names the rules use, for the red border of a wrong field. */
    private final List<Map<String, Control>> rowFields = new ArrayList<>();
    private final ScrollPane scroll;
    /** Until the registrar first types or clicks, the focus belongs in the head's 姓名 (see {@link #focusFirst}). */
    private boolean waitingForFirstInput;

    AddHouseholdView(AddHouseholdViewModel viewModel, Runnable cancel) {
        this.viewModel = viewModel;
        setId("household-add");
        keepTheFocusOnTheNameUntilFirstInput();
        setSpacing(10);
        setPadding(ListPane.padding());
        Label title = ListPane.title(Messages.get("households.add.title"), "mdi2h-home-plus-outline");
        number.setId("household-add-number");
        number.setPromptText(Messages.get("households.add.number"));
        number.setStyle("-fx-prompt-text-fill: -color-fg-subtle;"); // the theme hides a hint in a focused field
        number.textProperty().bindBidirectional(viewModel.numberProperty());
        group.setId("household-add-group");
        group.setPromptText(Messages.get("households.col.group"));
        group.textProperty().bindBidirectional(viewModel.groupProperty());
        TextField address = new TextField();
        address.setId("household-add-address");
        address.setPromptText(Messages.get("households.col.address"));
        address.setPrefColumnCount(30);
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        CheckBox movingIn = new CheckBox(Messages.get("households.moveIn"));
        movingIn.setId("household-add-moving-in");
        movingIn.selectedProperty().bindBidirectional(viewModel.movingInProperty());
        ComboBox<MoveKind> moveKind = CodedChoices.combo(List.of(MoveKind.HUKOU_IN, MoveKind.FLOAT_IN));
        moveKind.valueProperty().bindBidirectional(viewModel.moveInKindProperty());
        TextField from = new TextField();
        from.setId("household-add-from");
        from.setPromptText(Messages.get("households.moveIn.from"));
        from.setPrefColumnCount(14);
        from.textProperty().bindBidirectional(viewModel.fromDivisionProperty());
        moveKind.disableProperty().bind(movingIn.selectedProperty().not());
        from.disableProperty().bind(movingIn.selectedProperty().not());
        HBox arriving = new HBox(8, movingIn, moveKind, from);
        arriving.setAlignment(Pos.CENTER_LEFT);
        // what 立户 without a move-in means for the months' figures: the household has always lived here
        Label meaning = new Label();
        meaning.setId("household-add-meaning");
        meaning.setWrapText(true);
        meaning.getStyleClass().add(Styles.TEXT_MUTED);
        meaning.textProperty().bind(javafx.beans.binding.Bindings.when(movingIn.selectedProperty())
                .then(Messages.get("households.add.meaningMovingIn"))
                .otherwise(Messages.get("households.add.meaningResident")));
        HBox household = new HBox(8, labelFor("households.col.number", number), number,
                labelFor("households.col.group", group), group, labelFor("households.col.address", address), address);
        number.setPrefColumnCount(12);   // its prompt, 户号（留空自动编号）, shown whole
        group.setPrefColumnCount(6);
        household.setAlignment(Pos.CENTER_LEFT);

        rows.setHgap(6);
        rows.setVgap(6);
        scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button addMember = new Button(Messages.get("households.add.addMember"), new FontIcon("mdi2a-account-plus"));
        addMember.setId("household-add-member");
        addMember.setMnemonicParsing(true);
        addMember.setOnAction(event -> {
            viewModel.addMember();
            focusLastRow();
        });
        Button save = new Button(Messages.get("households.add.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("household-add-save");
        save.setMnemonicParsing(true);
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.busyProperty());
        save.setOnAction(event -> saveOrShowTheFirstWrongField());
        Button cancelButton = new Button(Messages.get("households.add.cancel"));
        cancelButton.setId("household-add-cancel");
        cancelButton.setOnAction(event -> cancel.run());
        HBox buttons = new HBox(8, addMember, save, cancelButton);
        Label error = ListPane.errorLine("household-add-error", viewModel.errorProperty());

        getChildren().addAll(title, household, arriving, meaning, scroll, error, buttons);
        viewModel.members().addListener((ListChangeListener<MemberDraft>) change -> rebuild());
        rebuild();
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                saveOrShowTheFirstWrongField();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                cancel.run();
                event.consume();
            }
        });
    }

    private void rebuild() {
        rows.getChildren().clear();
        rowFields.clear();
        List<String> headers = List.of("people.name", "people.col.sex", "people.col.birthDate", "people.col.idNumber",
                "people.col.relation", "people.ethnicity", "people.hukouType", "people.maritalStatus",
                "people.firstMarriageDate");
        for (int c = 0; c < headers.size(); c++) {
            Label header = new Label(Messages.get(headers.get(c)));
            header.getStyleClass().add(Styles.TEXT_MUTED);
            header.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            rows.add(header, c, 0);
        }
        for (int i = 0; i < viewModel.members().size(); i++) {
            addRow(i, viewModel.members().get(i));
        }
    }

    private void addRow(int index, MemberDraft m) {
        int r = index * 2 + 1;
        TextField name = new TextField();
        name.setId("member-name-" + index);
        name.setPrefColumnCount(5);
        name.textProperty().bindBidirectional(m.nameProperty());
        ComboBox<Sex> sex = CodedChoices.combo(List.of(Sex.values()));
        sex.setId("member-sex-" + index);
        sex.valueProperty().bindBidirectional(m.sexProperty());
        TextField born = new TextField();
        born.setId("member-born-" + index);
        born.setPromptText(Messages.get("form.datePrompt"));
        born.setPrefColumnCount(7);
        born.textProperty().bindBidirectional(m.birthDateProperty());
        TextField id = new TextField();
        id.setId("member-id-" + index);
        id.setPrefColumnCount(13);   // 18 digits shown whole
        id.setMinWidth(180);
        id.textProperty().bindBidirectional(m.idNumberProperty());
        ComboBox<RelationToHead> relation = CodedChoices.combo(List.of(RelationToHead.values()));
        relation.setId("member-relation-" + index);
        relation.valueProperty().bindBidirectional(m.relationProperty());
        ComboBox<Ethnicity> ethnicity = CodedChoices.combo(List.of(Ethnicity.values()));
        ethnicity.setId("member-ethnicity-" + index);
        ethnicity.valueProperty().bindBidirectional(m.ethnicityProperty());
        ComboBox<HukouType> hukou = CodedChoices.combo(List.of(HukouType.values()));
        hukou.setId("member-hukou-" + index);
        hukou.valueProperty().bindBidirectional(m.hukouTypeProperty());
        ComboBox<MaritalStatus> marital = CodedChoices.combo(List.of(MaritalStatus.values()));
        marital.setId("member-marital-" + index);
        marital.valueProperty().bindBidirectional(m.maritalStatusProperty());
        TextField married = new TextField();
        married.setId("member-first-marriage-" + index);
        married.setPromptText(Messages.get("form.datePrompt"));
        married.setPrefColumnCount(7);
        married.setMinWidth(96);
        married.textProperty().bindBidirectional(m.firstMarriageDateProperty());
        married.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !m.needsFirstMarriageDate() && m.firstMarriageDateProperty().get().isBlank(),
                m.maritalStatusProperty(), m.firstMarriageDateProperty()));
        Label problems = new Label();
        problems.setId("member-problems-" + index);
        problems.setWrapText(true);
        problems.visibleProperty().bind(m.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        problems.getStyleClass().add(Styles.DANGER);
        problems.textProperty().bind(m.problemsProperty());
        sex.setMinWidth(68);
        relation.setMinWidth(84);
        ethnicity.setMinWidth(84);
        hukou.setMinWidth(84);
        marital.setMinWidth(84);
        born.setMinWidth(96);
        name.setMinWidth(72);
        for (var box : List.of(sex, relation, ethnicity, hukou, marital)) {
            box.setPrefWidth(box.getMinWidth());
        }
        rows.addRow(r, name, sex, born, id, relation, ethnicity, hukou, marital, married);
        Map<String, Control> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("sex", sex);
        fields.put("birthDate", born);
        fields.put(IdNumber.FIELD, id);
        fields.put("relation", relation);
        fields.put("ethnicity", ethnicity);
        fields.put("hukouType", hukou);
        fields.put("maritalStatus", marital);
        fields.put("firstMarriageDate", married);
        rowFields.add(fields);
        m.wrongFields().addListener((SetChangeListener<String>) change -> markWrong(fields, m));
        markWrong(fields, m);
        rows.add(problems, 0, r + 1, 9, 1);
    }

    private static void markWrong(Map<String, Control> fields, MemberDraft member) {
        fields.forEach((field, control) -> control.pseudoClassStateChanged(Styles.STATE_DANGER,
                member.wrongFields().contains(field)));
    }

    /**
     * Saves; when a row is refused, brings the registrar to the first wrong field (rows top to bottom, fields in
     * reading order): scrolled into view and focused, its red border beside the row's messages.
     */
    private void saveOrShowTheFirstWrongField() {
        if (viewModel.save()) {
            return;
        }
        for (int i = 0; i < rowFields.size() && i < viewModel.members().size(); i++) {
            MemberDraft member = viewModel.members().get(i);
            for (Map.Entry<String, Control> field : rowFields.get(i).entrySet()) {
                if (member.wrongFields().contains(field.getKey())) {
                    bringIntoView(field.getValue());
                    return;
                }
            }
        }
        if (!rowFields.isEmpty()) {
            bringIntoView(rowFields.get(0).get("name"));
        }
    }

    private void bringIntoView(Control field) {
        layout();
        double contentHeight = rows.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double top = rows.sceneToLocal(field.localToScene(field.getBoundsInLocal())).getMinY();
            scroll.setVvalue(Math.max(0, Math.min(1, (top - 24) / (contentHeight - viewport))));
        }
        field.requestFocus();
    }

    private void focusLastRow() {
        int last = viewModel.members().size() - 1;
        Platform.runLater(() -> rows.getChildren().stream().filter(n -> ("member-name-" + last).equals(n.getId()))
                .findFirst().ifPresent(javafx.scene.Node::requestFocus));
    }

    private static Label labelFor(String key, TextField field) {
        Label label = new Label(Messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Ctrl+N and the 立户 button both start in the head's 姓名 (户号 is numbered automatically when left empty). The
     * focus is taken at once as well as after the layout pass: the clicked 立户 button has just left the scene, and
     * the scene would otherwise hand the focus to the first field it finds (户号).
     */
    void focusFirst() {
        Runnable focusName = () -> rows.getChildren().stream().filter(n -> "member-name-0".equals(n.getId()))
                .findFirst().ifPresent(javafx.scene.Node::requestFocus);
        waitingForFirstInput = true;
        focusName.run();
        Platform.runLater(focusName);
    }

    /**
     * The scene may hand the focus to 户号 a pulse or more after the form opens (later on a busy machine): until the
     * registrar's first key or click it goes back to 姓名; Tab or a click into 户号 reaches it as usual.
     */
    private void keepTheFocusOnTheNameUntilFirstInput() {
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> waitingForFirstInput = false);
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> waitingForFirstInput = false);
        number.focusedProperty().addListener((o, was, now) -> {
            if (now && waitingForFirstInput) {
                Platform.runLater(() -> rows.getChildren().stream()
                        .filter(n -> "member-name-0".equals(n.getId())).findFirst()
                        .ifPresent(javafx.scene.Node::requestFocus));
            }
        });
    }
}
