package org.villageregistry.ui.verification;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.person.Sex;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.domain.verification.CheckedField;
import org.villageregistry.domain.verification.FoundPerson;
import org.villageregistry.domain.verification.PersonOutcome;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;
import org.villageregistry.ui.verification.VerificationLines.PersonLine;
import org.villageregistry.ui.verification.VerificationLines.RateLine;
import org.villageregistry.ui.verification.VerificationLines.VerificationLine;

/**
 * 抽样核查: the draw on top, the verifications on the left, and for the chosen one two tabs: entering results
 * (persons drawn, one line to enter a person's result, one to enter a person or birth found, the rest correct,
 * the sheets and the report as PDF) and the rates.
 */
public final class VerificationView extends VBox {
    private final VerificationViewModel vm;
    private final Choosers choosers;
    private final Function<Node, Optional<Path>> resultsFile;
    private final TableView<VerificationLine> list;
    private final TextField personNumber = new TextField();

    public VerificationView(VerificationViewModel vm, Choosers choosers) {
        this(vm, choosers, owner -> choosers.open(owner, Messages.get("verifui.importTitle"),
                List.of(new FileChooser.ExtensionFilter(Messages.get("verifui.importKinds"), "*.csv", "*.CSV"))));
    }

    /** With the way the results file to import is chosen (a file dialog; a test gives the file). */
    VerificationView(VerificationViewModel vm, Choosers choosers, Function<Node, Optional<Path>> resultsFile) {
        this.vm = vm;
        this.choosers = choosers;
        this.resultsFile = resultsFile;
        setId("verification");
        setSpacing(10);
        setPadding(ListPane.padding());
        Button refresh = new Button(Messages.get("lists.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(e -> vm.refresh());
        list = new TableView<>(vm.verifications());
        list.setId("verification-list");
        Label none = new Label(Messages.get("verifui.none"));
        none.setWrapText(true);
        none.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        list.setPlaceholder(none);
        list.getColumns().add(Columns.text(Messages.get("verifui.col.id"), 50, l -> String.valueOf(l.id())));
        list.getColumns().add(Columns.text(Messages.get("verifui.col.drawnOn"), 100, VerificationLine::drawnOn));
        list.getColumns().add(Columns.text(Messages.get("verifui.col.seed"), 80, VerificationLine::seed));
        list.getColumns().add(Columns.text(Messages.get("verifui.col.entered"), 70, VerificationLine::entered));
        list.getColumns().add(Columns.text(Messages.get("verifui.col.state"), 80, VerificationLine::state));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.select(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getItems().stream().filter(l -> l.id() == now.id()).findFirst()
                        .ifPresent(l -> list.getSelectionModel().select(l));
            }
        });
        TabPane tabs = new TabPane(tab(Messages.get("verifui.tab.enter"), entering()),
                tab(Messages.get("verifui.tab.rates"), rates()));
        tabs.setId("verification-tabs");
        SplitPane split = new SplitPane(list, tabs);
        split.setDividerPositions(0.33);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(ListPane.titleBar(Messages.get("verifui.title"), "mdi2c-clipboard-check-outline",
                        vm.work().busyProperty(), refresh), drawRow(),
                ListPane.errorLine("verification-error", vm.errorProperty()), resultLine(), split);
    }

    private Node drawRow() {
        TextField villages = field("verification-villages", 250, Messages.get("verifui.villagesPrompt"));
        villages.textProperty().bindBidirectional(vm.villageCodesProperty());
        TextField households = field("verification-households", 50, "");
        households.textProperty().bindBidirectional(vm.householdsProperty());
        TextField seed = field("verification-seed", 100, "");
        seed.textProperty().bindBidirectional(vm.seedProperty());
        CheckBox newborns = new CheckBox(Messages.get("verifui.newborns"));
        newborns.selectedProperty().bindBidirectional(vm.newbornsProperty());
        Button draw = button("verification-draw", "verifui.draw", "mdi2c-clipboard-plus-outline", vm::draw);
        draw.disableProperty().bind(vm.work().busyProperty());
        seed.setOnAction(e -> vm.draw());
        return flow(label("verifui.villages", villages), villages, label("verifui.households", households), households,
                label("verifui.seed", seed), seed, newborns, draw);
    }

    private Node entering() {
        TableView<PersonLine> persons = new TableView<>(vm.persons());
        persons.setId("verification-persons");
        persons.setPlaceholder(new Label(Messages.get("verifui.pick")));
        persons.getColumns().add(Columns.text(Messages.get("report.verification.col.number"), 50,
                p -> String.valueOf(p.number())));
        persons.getColumns().add(Columns.text(Messages.get("verifui.col.village"), 70, PersonLine::village));
        persons.getColumns().add(Columns.text(Messages.get("verifui.col.household"), 50,
                p -> String.valueOf(p.household())));
        persons.getColumns().add(Columns.text(CheckedField.NAME.label(), 70, PersonLine::name));
        persons.getColumns().add(Columns.text(CheckedField.SEX.label(), 40, PersonLine::sex));
        persons.getColumns().add(Columns.text(CheckedField.BIRTH_DATE.label(), 90, PersonLine::birthDate));
        persons.getColumns().add(Columns.text(Messages.get("verifui.col.result"), 160, PersonLine::result));
        persons.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        persons.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.personProperty().set(String.valueOf(now.number()));
                vm.householdProperty().set(String.valueOf(now.household()));
            }
        });
        VBox.setVgrow(persons, Priority.ALWAYS);
        ListView<String> found = new ListView<>(vm.found());
        found.setId("verification-found");
        found.setPrefHeight(80);
        found.setMinHeight(60);
        found.setPlaceholder(new Label(Messages.get("verifui.noneFound")));
        return new VBox(8, persons, personRow(), foundRow(), found, printRow());
    }

    private Node personRow() {
        personNumber.setId("verification-person");
        personNumber.setPrefColumnCount(4);
        personNumber.textProperty().bindBidirectional(vm.personProperty());
        ComboBox<PersonOutcome> outcome = combo("verification-outcome", List.of(PersonOutcome.values()),
                PersonOutcome::label);
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());
        ComboBox<CheckedField> field = combo("verification-field", List.of(CheckedField.values()), CheckedField::label);
        field.valueProperty().bindBidirectional(vm.fieldProperty());
        TextField value = field("verification-value", 130, Messages.get("verifui.valuePrompt"));
        value.textProperty().bindBidirectional(vm.valueProperty());
        BooleanBinding notWrong = vm.outcomeProperty().isNotEqualTo(PersonOutcome.WRONG);
        field.disableProperty().bind(notWrong);
        value.disableProperty().bind(notWrong);
        Button record = button("verification-record", "verifui.record", "mdi2c-check", vm::recordPerson);
        record.disableProperty().bind(vm.selectedProperty().isNull().or(vm.work().busyProperty()));
        value.setOnAction(e -> vm.recordPerson());
        personNumber.setOnAction(e -> vm.recordPerson());
        return flow(label("verifui.person", personNumber), personNumber, outcome, field, value, record);
    }

    private Node foundRow() {
        TextField household = field("verification-household", 60, "");
        household.textProperty().bindBidirectional(vm.householdProperty());
        ComboBox<FoundPerson.Kind> kind = combo("verification-found-kind", List.of(FoundPerson.Kind.values()),
                VerificationLines::label);
        kind.valueProperty().bindBidirectional(vm.foundKindProperty());
        TextField name = field("verification-found-name", 80, Messages.get("verifui.namePrompt"));
        name.textProperty().bindBidirectional(vm.foundNameProperty());
        ComboBox<Sex> sex = combo("verification-found-sex", List.of(Sex.values()), Sex::label);
        sex.valueProperty().bindBidirectional(vm.foundSexProperty());
        TextField birth = field("verification-found-birth", 95, Messages.get("form.datePrompt"));
        birth.textProperty().bindBidirectional(vm.foundBirthProperty());
        CheckBox married = new CheckBox(Messages.get("verifui.married"));
        married.setId("verification-found-married");
        married.selectedProperty().bindBidirectional(vm.foundMarriedProperty());
        Button add = button("verification-add-found", "verifui.addFound", "mdi2a-account-plus-outline", vm::recordFound);
        add.disableProperty().bind(vm.selectedProperty().isNull().or(vm.work().busyProperty()));
        return flow(label("verifui.household", household), household, kind, name, sex, birth, married, add);
    }

    private Node printRow() {
        Button rest = button("verification-rest", "verifui.rest", "mdi2c-check-all", vm::restCorrect);
        ComboBox<Division> village = combo("verification-sheet-village", List.of(), Division::name);
        village.setItems(vm.villages());
        village.setPromptText(Messages.get("verifui.sheetVillage"));
        if (!vm.villages().isEmpty()) {
            village.setValue(vm.villages().get(0));
        }
        vm.villages().addListener((javafx.collections.ListChangeListener<Division>) c -> {
            if (village.getValue() == null && !vm.villages().isEmpty()) {
                village.setValue(vm.villages().get(0));
            }
        });
        Button sheet = button("verification-sheet", "verifui.sheet", "mdi2p-printer", () ->
                save("verifui.sheetTitle", Messages.get("verifui.sheetFile", village.getValue() == null ? ""
                        : village.getValue().name())).ifPresent(f -> vm.saveSheet(village.getValue(), f)));
        Button report = button("verification-report", "verifui.report", "mdi2f-file-chart-outline", () ->
                save("verifui.reportTitle", Messages.get("verifui.reportFile")).ifPresent(vm::saveReport));
        Button importResults = button("verification-import", "verifui.import", "mdi2f-file-import-outline", () ->
                resultsFile.apply(this).ifPresent(vm::importResults));
        for (Button b : List.of(rest, importResults, sheet, report)) {
            b.disableProperty().bind(vm.selectedProperty().isNull().or(vm.work().busyProperty()));
        }
        return flow(rest, importResults, village, sheet, report);
    }

    private java.util.Optional<java.nio.file.Path> save(String titleKey, String suggested) {
        return choosers.save(this, Messages.get(titleKey), List.of(new FileChooser.ExtensionFilter("PDF", "*.pdf")),
                suggested);
    }

    private Node rates() {
        TableView<RateLine> table = new TableView<>(vm.rates());
        table.setId("verification-rates");
        table.setPlaceholder(new Label(Messages.get("verifui.pick")));
        table.getColumns().add(Columns.text(Messages.get("report.verification.col.scope"), 110, RateLine::scope));
        table.getColumns().add(Columns.text(Messages.get("report.col.indicator"), 190, RateLine::figure));
        table.getColumns().add(Columns.text(Messages.get("report.verification.col.rate"), 70, RateLine::rate));
        table.getColumns().add(Columns.text(Messages.get("report.verification.col.counts"), 80, RateLine::counts));
        table.getColumns().add(Columns.text(Messages.get("report.verification.col.interval"), 120,
                RateLine::interval));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label(Messages.get("report.verification.define.interval", "30"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        return new VBox(8, table, note);
    }

    private Label resultLine() {
        Label l = new Label();
        l.setId("verification-result");
        l.setWrapText(true);
        l.textProperty().bind(vm.resultProperty());
        l.getStyleClass().add(Styles.SUCCESS);
        return l;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private static FlowPane flow(Node... nodes) {
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static TextField field(String id, double width, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.setPromptText(prompt);
        return f;
    }

    private static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private static Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        return box;
    }

    public void focusList() {
        list.requestFocus();
    }
}
