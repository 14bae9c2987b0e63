package org.villageregistry.ui.sync;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.sync.SyncRecords.ConflictDecision;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;

/** 冲突处理: the list, the two versions side by side with differences marked, the three decisions. */
public final class ConflictsView extends VBox {
    private final TableView<ConflictsViewModel.ConflictLine> list;

    public ConflictsView(ConflictsViewModel vm) {
        setId("conflicts");
        setSpacing(10);
        setPadding(ListPane.padding());
        CheckBox open = new CheckBox(Messages.get("syncui.conflicts.undecidedOnly"));
        open.selectedProperty().bindBidirectional(vm.undecidedOnlyProperty());
        list = new TableView<>(vm.conflicts());
        list.setId("conflicts-table");
        list.setPlaceholder(new Label(Messages.get("syncui.conflicts.none")));
        list.getColumns().add(Columns.text(Messages.get("syncui.col.village"), 90, ConflictsViewModel.ConflictLine::village));
        list.getColumns().add(Columns.text(Messages.get("syncui.col.person"), 90, ConflictsViewModel.ConflictLine::name));
        list.getColumns().add(Columns.sentence(Messages.get("syncui.col.reason"), 200, ConflictsViewModel.ConflictLine::reason));
        list.getColumns().add(Columns.text(Messages.get("syncui.col.other"), 90, ConflictsViewModel.ConflictLine::other));
        list.getColumns().add(Columns.text(Messages.get("syncui.col.decision"), 160,
                ConflictsViewModel.ConflictLine::decision));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });

        TableView<ConflictsViewModel.FieldRow> sides = new TableView<>(vm.rows());
        sides.setId("conflicts-sides");
        sides.setPlaceholder(new Label(Messages.get("syncui.conflicts.pick")));
        sides.getColumns().add(Columns.text(Messages.get("syncui.col.field"), 130, ConflictsViewModel.FieldRow::field));
        sides.getColumns().add(Columns.text(Messages.get("syncui.col.villageVersion"), 260,
                ConflictsViewModel.FieldRow::village));
        sides.getColumns().add(Columns.text(Messages.get("syncui.col.otherVersion"), 260,
                ConflictsViewModel.FieldRow::other));
        sides.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sides.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ConflictsViewModel.FieldRow row, boolean empty) {
                super.updateItem(row, empty);
                setStyle(!empty && row != null && row.differs()
                        ? "-fx-background-color: -color-warning-subtle; -fx-font-weight: bold;" : "");
            }
        });
        VBox.setVgrow(sides, Priority.ALWAYS);
        Button keepVillage = decision("conflicts-keep-village", "syncui.decide.KEEP_VILLAGE",
                "mdi2h-home-import-outline", vm, ConflictDecision.KEEP_VILLAGE);
        Button keepOther = decision("conflicts-keep-other", "syncui.decide.KEEP_OTHER", "mdi2d-database-check-outline",
                vm, ConflictDecision.KEEP_OTHER);
        Button different = decision("conflicts-different", "syncui.decide.DIFFERENT_PEOPLE",
                "mdi2a-account-multiple-outline", vm, ConflictDecision.DIFFERENT_PEOPLE);
        Label heading = new Label();
        heading.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        vm.selectedProperty().addListener((o, was, now) -> heading.setText(now == null ? ""
                : Messages.get("syncui.conflicts.detail", now.name(), now.village(), now.other(), now.reason())));
        VBox detail = new VBox(10, heading, sides, new HBox(10, keepVillage, keepOther, different),
                SyncParts.note(Messages.get("syncui.conflicts.note")));
        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        Button refresh = new Button(Messages.get("lists.refresh"), new org.kordamp.ikonli.javafx.FontIcon("mdi2r-refresh"));
        refresh.setOnAction(e -> vm.refresh());
        getChildren().addAll(ListPane.titleBar(Messages.get("syncui.title.conflicts"), "mdi2c-call-split",
                        vm.work().busyProperty(), open, refresh),
                ListPane.errorLine("conflicts-error", vm.errorProperty()),
                SyncParts.result("conflicts-result", vm.resultProperty()), split);
    }

    private static Button decision(String id, String key, String icon, ConflictsViewModel vm, ConflictDecision d) {
        Button b = SyncParts.button(id, key, icon, () -> vm.decide(d));
        b.disableProperty().bind(vm.selectedProperty().isNull().or(vm.work().busyProperty()));
        return b;
    }

    public void focusList() {
        list.requestFocus();
    }
}
