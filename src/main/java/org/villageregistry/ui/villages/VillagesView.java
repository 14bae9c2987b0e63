package org.villageregistry.ui.villages;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.person.IdNumber;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.sync.TownshipSyncStatus;
import org.villageregistry.service.villages.DuplicateSuspect;
import org.villageregistry.service.villages.VillageOverview;
import org.villageregistry.service.villages.VillageSearchHit;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.Columns;

/** 各村: villages with their counts, the merged register's search (read-only), duplicate suspects. */
public final class VillagesView extends VBox {
    private final TabPane tabs = new TabPane();
    private final TextField search = new TextField();

    public VillagesView(VillagesViewModel vm) {
        setId("villages");
        setSpacing(10);
        setPadding(ListPane.padding());
        Button refresh = new Button(Messages.get("lists.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(e -> vm.refresh());
        TableView<VillageOverview> villages = new TableView<>(vm.villages());
        villages.setId("villages-table");
        villages.setPlaceholder(ListPane.placeholder(vm.loadingProperty(), Messages.get("villages.none")));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.code"), 130, v -> v.village().code().value()));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.name"), 140, v -> v.village().name()));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.persons"), 90, v -> String.valueOf(v.persons())));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.households"), 90,
                v -> String.valueOf(v.households())));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.lastMovement"), 150,
                v -> v.lastMovementDay().map(Object::toString).orElse("")));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.lastBundle"), 150,
                v -> vm.syncOf(v).map(VillagesView::lastBundle).orElse("")));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.pending"), 80,
                v -> vm.syncOf(v).map(s -> String.valueOf(s.pendingReceipt())).orElse("")));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.quarantined"), 80,
                v -> vm.syncOf(v).map(s -> String.valueOf(s.quarantined())).orElse("")));
        villages.getColumns().add(Columns.text(Messages.get("villages.col.conflicts"), 80,
                v -> vm.syncOf(v).map(s -> String.valueOf(s.openConflicts())).orElse("")));
        villages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        search.setId("villages-search");
        search.setPromptText(Messages.get("villages.search.prompt"));
        search.textProperty().addListener((o, was, now) -> vm.search(now));
        TableView<VillageSearchHit> hits = new TableView<>(vm.hits());
        hits.setId("villages-hits");
        Label nothingFound = new Label();
        nothingFound.textProperty().bind(vm.searchResultProperty());
        hits.setPlaceholder(nothingFound);
        hits.getColumns().add(Columns.text(Messages.get("villages.col.village"), 100, VillageSearchHit::village));
        hits.getColumns().add(Columns.text(Messages.get("villages.col.person"), 100, h -> h.hit().person().name()));
        hits.getColumns().add(Columns.text(Messages.get("villages.col.birth"), 110,
                h -> ListPane.date(h.hit().person().birthDate())));
        hits.getColumns().add(Columns.text(Messages.get("villages.col.id"), 180,
                h -> IdNumber.mask(h.hit().person().idNumber())));
        hits.getColumns().add(Columns.text(Messages.get("villages.col.household"), 110,
                h -> h.hit().householdNumber() == null ? "" : h.hit().householdNumber()));
        hits.getColumns().add(Columns.text(Messages.get("villages.col.residence"), 160,
                h -> h.hit().person().residence() == null ? "" : h.hit().person().residence().label()));
        hits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(hits, Priority.ALWAYS);
        TableView<DuplicateSuspect> duplicates = new TableView<>(vm.duplicates());
        duplicates.setId("villages-duplicates");
        duplicates.setPlaceholder(ListPane.placeholder(vm.loadingProperty(), Messages.get("villages.duplicates.none")));
        duplicates.getColumns().add(Columns.text(Messages.get("villages.col.why"), 130, d -> d.kind().label()));
        duplicates.getColumns().add(Columns.text(Messages.get("villages.col.person"), 90, d -> d.first().name()));
        duplicates.getColumns().add(Columns.text(Messages.get("villages.col.birth"), 110,
                d -> ListPane.date(d.first().birthDate())));
        duplicates.getColumns().add(Columns.text(Messages.get("villages.col.firstId"), 180,
                d -> IdNumber.mask(d.first().idNumber())));
        // both numbers: two records with one name and birth day but different ID numbers are likely two people
        duplicates.getColumns().add(Columns.text(Messages.get("villages.col.secondId"), 180,
                d -> IdNumber.mask(d.second().idNumber())));
        duplicates.getColumns().add(Columns.text(Messages.get("villages.col.firstVillage"), 110,
                DuplicateSuspect::firstVillage));
        duplicates.getColumns().add(Columns.text(Messages.get("villages.col.secondVillage"), 110,
                DuplicateSuspect::secondVillage));
        duplicates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox searchPane = new VBox(8, search, hits);
        searchPane.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        Tab dupTab = new Tab(Messages.get("villages.tab.duplicates"), duplicates);
        vm.duplicates().addListener((javafx.collections.ListChangeListener<DuplicateSuspect>) c ->
                dupTab.setText(Messages.get("villages.tab.duplicatesCount", vm.duplicates().size())));
        Tab signoffTab = new Tab(Messages.get("villages.tab.signoff"),
                new org.villageregistry.ui.signoff.TownshipSignoffPane(vm.signoffs()));
        signoffTab.setId("villages-signoff-tab");
        signoffTab.setOnSelectionChanged(e -> {
            if (signoffTab.isSelected()) {
                vm.signoffs().refresh();
            }
        });
        tabs.getTabs().addAll(new Tab(Messages.get("villages.tab.villages"), villages),
                new Tab(Messages.get("villages.tab.search"), searchPane), dupTab, signoffTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label note = new Label(Messages.get("villages.note"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        getChildren().addAll(ListPane.titleBar(Messages.get("villages.title"), "mdi2h-home-group",
                vm.loadingProperty(), refresh), note, ListPane.errorLine("villages-error", vm.errorProperty()), tabs);
    }

    private static String lastBundle(TownshipSyncStatus.VillageSync s) {
        return s.lastSequence().map(n -> Messages.get("villages.lastBundle", n, s.lastImportedAt()
                .map(t -> t.atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString()).orElse("")))
                .orElse(Messages.get("villages.noBundle"));
    }

    public void focusSearch() {
        tabs.getSelectionModel().select(1);
        search.requestFocus();
    }
}
