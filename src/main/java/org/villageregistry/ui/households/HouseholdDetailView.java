package org.villageregistry.ui.households;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.division.Division;
import org.villageregistry.domain.event.MoveKind;
import org.villageregistry.domain.event.MoveReason;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.person.Person;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.HouseholdFile;
import org.villageregistry.ui.YesNoQuestion;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.CodedChoices;
import org.villageregistry.ui.table.Columns;

/** One household: members with their relation to the head; split off members; move the household out. */
final class HouseholdDetailView extends VBox {
    private final HouseholdDetailViewModel viewModel;
    private final Label title = new Label();
    private final Label facts = new Label();
    private final TableView<Person> members = new TableView<>();
    private final Button back = new Button(Messages.get("households.back"), new FontIcon("mdi2a-arrow-left"));

    HouseholdDetailView(HouseholdDetailViewModel viewModel, List<Division> villages, Runnable onBack,
                        Consumer<UUID> openPerson) {
        this.viewModel = viewModel;
        setId("household-detail");
        setSpacing(10);
        setPadding(new Insets(18, 22, 18, 22));
        back.setId("household-back");
        back.setOnAction(event -> onBack.run());
        title.getStyleClass().add(Styles.TITLE_3);
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, back, title, spacer);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = ListPane.messageLine(viewModel.messageProperty());
        Label error = ListPane.errorLine("household-error", viewModel.errorProperty());

        members.setId("household-members");
        members.setItems(viewModel.members());
        members.setPlaceholder(new Label(Messages.get("households.members.none")));
        members.setFixedCellSize(30);
        members.setPrefHeight(200);
        members.setMinHeight(150);
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        members.setEditable(true);
        members.getColumns().add(leavingColumn());
        members.getColumns().add(Columns.text(Messages.get("people.col.name"), 110, Person::name));
        members.getColumns().add(Columns.text(Messages.get("people.col.relation"), 90,
                p -> p.relation() == null ? "" : p.relation().label()));
        members.getColumns().add(Columns.text(Messages.get("people.col.sex"), 50,
                p -> p.sex() == null ? "" : p.sex().label()));
        members.getColumns().add(Columns.text(Messages.get("people.col.birthDate"), 100,
                p -> p.birthDate() == null ? "" : p.birthDate().toString()));
        members.getColumns().add(Columns.text(Messages.get("people.col.idNumber"), 180,
                p -> p.idNumber() == null ? "" : IdNumber.mask(p.idNumber())));
        members.setOnKeyPressed(event -> {
            Person chosen = members.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER) {
                openPerson.accept(chosen.id());
                event.consume();
            } else if (event.getCode() == KeyCode.SPACE) {
                viewModel.toggleLeaving(chosen.id());
                members.refresh();
                event.consume();
            }
        });
        members.setRowFactory(table -> {
            TableRow<Person> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openPerson.accept(row.getItem().id());
                }
            });
            return row;
        });
        // The table takes Esc itself (to cancel a cell edit), so the page's Esc would never see it.
        members.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && members.getEditingCell() == null) {
                onBack.run();
                event.consume();
            }
        });
        Label membersTitle = new Label(Messages.get("households.members"));
        membersTitle.getStyleClass().add(Styles.TITLE_4);

        TitledPane split = new TitledPane(Messages.get("households.split"), splitPane());
        split.setId("household-split");
        split.setExpanded(false);
        TitledPane move = new TitledPane(Messages.get("households.move"), movePane(villages));
        move.setId("household-move");
        move.setExpanded(false);
        getChildren().addAll(top, facts, message, error, membersTitle, members, split, move);
        viewModel.fileProperty().addListener((o, was, now) -> show(now));
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                onBack.run();
                event.consume();
            }
        });
    }

    private TableColumn<Person, Boolean> leavingColumn() {
        TableColumn<Person, Boolean> column = new TableColumn<>(Messages.get("households.split.leaving"));
        column.setPrefWidth(50);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new SimpleBooleanProperty(
                viewModel.leaving().contains(cell.getValue().id())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setFocusTraversable(false);
                box.setOnAction(event -> viewModel.toggleLeaving(getTableView().getItems().get(getIndex()).id()));
            }

            @Override
            protected void updateItem(Boolean leaving, boolean empty) {
                super.updateItem(leaving, empty);
                box.setSelected(Boolean.TRUE.equals(leaving));
                setGraphic(empty ? null : box);
            }
        });
        return column;
    }

    private HBox splitPane() {
        ComboBox<UUID> head = new ComboBox<>();
        head.setId("household-split-head");
        head.setCellFactory(l -> new PersonCell());
        head.setButtonCell(new PersonCell());
        head.valueProperty().bindBidirectional(viewModel.newHeadProperty());
        viewModel.leaving().addListener((SetChangeListener<UUID>) change -> {
            head.getItems().setAll(viewModel.leaving());
            members.refresh();
        });
        Button confirm = new Button(Messages.get("households.split.confirm"), new FontIcon("mdi2c-call-split"));
        confirm.setId("household-split-confirm");
        confirm.setOnAction(event -> viewModel.split());
        Label hint = new Label(Messages.get("households.split.newHead"));
        HBox box = new HBox(8, hint, head, confirm);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox movePane(List<Division> villages) {
        ComboBox<MoveKind> kind = CodedChoices.combo(List.of(MoveKind.HUKOU_OUT, MoveKind.FLOAT_OUT));
        kind.valueProperty().bindBidirectional(viewModel.moveKindProperty());
        // the day read as typed: one that is no day is quoted under the row, never the day picked before
        org.villageregistry.ui.common.DateField dateField = new org.villageregistry.ui.common.DateField(
                viewModel.moveDateProperty().get(), "households.move.date", "household-move-date");
        DatePicker date = dateField.picker();
        date.valueProperty().bindBidirectional(viewModel.moveDateProperty());
        ComboBox<String> to = new ComboBox<>();
        to.setId("household-move-to");
        to.setEditable(true);
        to.setPromptText(Messages.get("households.move.to"));
        to.getItems().setAll(villages.stream().map(d -> d.code().value() + " " + d.name()).toList());
        to.valueProperty().addListener((o, was, now) -> viewModel.moveToProperty().set(
                now == null ? "" : now.strip().split("\\s+")[0]));
        ComboBox<MoveReason> reason = CodedChoices.combo(List.of(MoveReason.values()));
        reason.valueProperty().bindBidirectional(viewModel.moveReasonProperty());
        Label transfer = new Label(Messages.get("households.move.isTransfer"), new FontIcon("mdi2s-swap-horizontal"));
        transfer.setId("household-move-transfer");
        transfer.getStyleClass().add(Styles.ACCENT);
        Runnable showTransfer = () -> transfer.setVisible(viewModel.isTransfer());
        viewModel.moveToProperty().addListener((o, was, now) -> showTransfer.run());
        viewModel.moveKindProperty().addListener((o, was, now) -> showTransfer.run());
        showTransfer.run();
        Button confirm = new Button(Messages.get("households.move.confirm"), new FontIcon("mdi2h-home-export-outline"));
        confirm.setId("household-move-confirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(event -> {
            if (!dateField.readOptional()) {
                return;
            }
            viewModel.moveOutQuestion()
                    .filter(question -> YesNoQuestion.ask(this, Messages.get("households.move.title"), question))
                    .ifPresent(question -> viewModel.moveOut());
        });
        date.setPrefWidth(140);
        kind.setMinWidth(110);
        reason.setMinWidth(100);
        to.setPrefWidth(260);
        HBox first = new HBox(8, fixed("households.move.kind"), kind, fixed("households.move.date"), date,
                fixed("households.move.reason"), reason);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, to, confirm);
        second.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, first, dateField.problemLine(), second, transfer);
    }

    private static Label fixed(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void show(HouseholdFile file) {
        if (file == null) {
            return;
        }
        String head = file.members().stream().filter(p -> p.id().equals(file.household().headId()))
                .map(Person::name).findFirst().orElse("");
        title.setText(Messages.get("households.col.number") + " " + file.household().number() + "  " + head);
        facts.setText(String.join("   ", List.of(nullToEmpty(file.household().group()),
                nullToEmpty(file.household().address()),
                file.household().hukouType() == null ? "" : file.household().hukouType().label())));
        members.refresh();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    void focusFirst() {
        members.requestFocus();
        if (!members.getItems().isEmpty()) {
            members.getSelectionModel().select(0);
        }
    }

    /** Names a member in the new-head choice. */
    private final class PersonCell extends ListCell<UUID> {
        @Override
        protected void updateItem(UUID id, boolean empty) {
            super.updateItem(id, empty);
            setText(empty || id == null ? "" : viewModel.members().stream().filter(p -> p.id().equals(id))
                    .map(Person::name).findFirst().orElse(""));
        }
    }

}
