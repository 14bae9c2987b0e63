package org.villageregistry.ui.households;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.DiscardQuestion;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.RecordOpener;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 户: the household list, one household's page, and the new-household form (Ctrl+N). */
public final class HouseholdsScreen implements Screen, RecordOpener {
    private final RegisterServices services;
    private final Navigator navigator;
    private final HouseholdsViewModel list;
    private final HouseholdDetailViewModel detail;
    private final AddHouseholdViewModel add;
    private StackPane view;
    private HouseholdListView listView;
    private HouseholdDetailView detailView;
    private AddHouseholdView addView;

    public HouseholdsScreen(ScreenContext context) {
        this.services = context.services();
        this.navigator = context.navigator();
        String village = services.register().workstation().division().value();
        this.list = new HouseholdsViewModel(services.households(), context.executor());
        this.detail = new HouseholdDetailViewModel(services.households(), services.moves(), context.executor(),
                services.clock(), village);
        this.add = new AddHouseholdViewModel(services.households(), services.moves(), context.executor(),
                services.clock());
        add.savedNote(file -> file.members().stream()
                .map(p -> p.enteredOn() != null ? p.enteredOn() : p.birthDate()).filter(java.util.Objects::nonNull)
                .min(java.time.LocalDate::compareTo)
                .flatMap(from -> services.signoffs().lockedMonthNoticeFrom(from)).orElse(""));
        add.onSaved(file -> {
            open(file.household().id());
            detail.told(add.lastSaved());
        });
    }

    @Override
    public String titleKey() {
        return "screen.households";
    }

    @Override
    public String iconLiteral() {
        return "mdi2h-home-group";
    }

    @Override
    public Node view() {
        if (view == null) {
            String village = services.register().workstation().division().value();
            listView = new HouseholdListView(list, row -> open(row.id()), this::startNew);
            detailView = new HouseholdDetailView(detail, HouseholdDetailViewModel.otherVillages(
                    services.register().divisions(), village), this::leaveHousehold, navigator::showPerson);
            addView = new AddHouseholdView(add, this::cancelAdd);
            view = new StackPane(listView);
        }
        return view;
    }

    @Override
    public void onShow() {
        list.refresh();
    }

    @Override
    public boolean startNew() {
        view();
        if (view.getChildren().contains(addView)) {
            return true;
        }
        add.clear();
        view.getChildren().setAll(addView);
        addView.focusFirst();
        return true;
    }

    @Override
    public boolean focusSearch() {
        view();
        if (!mayDropInput()) {
            return true;
        }
        backToList();
        return true;
    }

    @Override
    public boolean canLeave() {
        return view == null || mayDropInput();
    }

    @Override
    public boolean hasUnsavedInput() {
        return view != null && typed();
    }

    @Override
    public Map<RecordKind, Consumer<UUID>> openers() {
        return Map.of(RecordKind.HOUSEHOLD, this::open);
    }

    public void open(UUID id) {
        view();
        detail.open(id);
        view.getChildren().setAll(detailView);
        detailView.focusFirst();
    }

    private void cancelAdd() {
        if (add.hasInput() && !confirmDiscard()) {
            return;
        }
        add.clear();
        backToList();
    }

    /** Back from a household's page: its split or move-out input, if any, is given up only when confirmed. */
    private void leaveHousehold() {
        if (detail.hasUnsavedInput() && !confirmDiscard()) {
            return;
        }
        backToList();
    }

    /** Whether what is typed on the form or page shown (if anything) may be dropped: asks when there is any. */
    private boolean mayDropInput() {
        return !typed() || confirmDiscard();
    }

    private boolean typed() {
        return view.getChildren().contains(addView) ? add.hasInput()
                : view.getChildren().contains(detailView) && detail.hasUnsavedInput();
    }

    private void backToList() {
        view.getChildren().setAll(listView);
        list.refresh();
        listView.focusSearch();
    }

    private boolean confirmDiscard() {
        return DiscardQuestion.confirm(view);
    }

    public AddHouseholdViewModel addViewModel() {
        return add;
    }
}
