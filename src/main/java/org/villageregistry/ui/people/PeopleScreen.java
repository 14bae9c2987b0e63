package org.villageregistry.ui.people;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.villageregistry.domain.event.Move;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.EventCorrectionService;
import org.villageregistry.service.TimelineEntry;
import org.villageregistry.ui.DiscardQuestion;
import org.villageregistry.ui.events.correct.EventCorrectionWindow;
import org.villageregistry.ui.shell.Navigator;
import org.villageregistry.ui.shell.RecordOpener;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 人员: one search box over everyone; Enter opens a person's page, Esc goes back to the list. */
public final class PeopleScreen implements Screen, RecordOpener {
    /** The person page was opened by a fix (a data-quality finding): Esc goes back there. */
    private boolean openedToFix;

    private final PeopleViewModel list;
    private final PersonDetailViewModel detail;
    private final Navigator navigator;
    private final ScreenContext context;
    private StackPane view;
    private PeopleListView listView;
    private PersonDetailView detailView;
    /** The person's page in a scroll pane: with the edit form open it is taller than a 768-pixel screen. */
    private javafx.scene.control.ScrollPane detailPane;

    public PeopleScreen(ScreenContext context) {
        this.list = new PeopleViewModel(context.services().persons(), context.executor());
        this.detail = new PersonDetailViewModel(context.services().persons(), context.executor());
        this.navigator = context.navigator();
        this.context = context;
    }

    @Override
    public String titleKey() {
        return "screen.people";
    }

    @Override
    public String iconLiteral() {
        return "mdi2a-account-search-outline";
    }

    @Override
    public Node view() {
        if (view == null) {
            listView = new PeopleListView(list, row -> open(row.id()));
            detailView = new PersonDetailView(detail, this::backToList, navigator::showHousehold, this::correctEvent);
            detailPane = new javafx.scene.control.ScrollPane(detailView);
            detailPane.setFitToWidth(true);
            detailPane.setFitToHeight(true);
            detailPane.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
            view = new StackPane(listView);
        }
        return view;
    }

    @Override
    public void onShow() {
        list.refresh();
    }

    @Override
    public boolean focusSearch() {
        view();
        if (detail.hasUnsavedInput() && !confirmDiscard()) {
            return true;
        }
        detail.cancelEdit();
        view.getChildren().setAll(listView);
        listView.focusSearch();
        return true;
    }

    @Override
    public boolean canLeave() {
        return !detail.hasUnsavedInput() || confirmDiscard();
    }

    @Override
    public boolean hasUnsavedInput() {
        return detail.hasUnsavedInput();
    }

    @Override
    public Map<RecordKind, Consumer<UUID>> openers() {
        return Map.of(RecordKind.PERSON, this::open);
    }

    @Override
    public void openToFix(RecordKind kind, UUID id, String field) {
        if (kind != RecordKind.PERSON || id == null) {
            RecordOpener.super.openToFix(kind, id, field);
            return;
        }
        view();
        view.getChildren().setAll(detailPane);
        detail.openToFix(id, field);
        openedToFix = true;
    }

    /** Shows one person's page. */
    public void open(UUID id) {
        if (id == null) {
            return;
        }
        view();
        detail.open(id);
        view.getChildren().setAll(detailPane);
        detailView.focusFirst();
        openedToFix = false;
    }

    /** Opens a birth, death, marriage or move of the timeline in its correction form. */
    private void correctEvent(TimelineEntry entry) {
        if (!PersonDetailViewModel.isCorrectable(entry)) {
            return;
        }
        context.services().eventCorrections().find(entry.recordId()).ifPresent(event ->
                EventCorrectionWindow.open(detailView, event, context.services().eventCorrections(),
                        context.services().persons(), context.executor(), saved -> {
                            String done = Messages.get(!saved.isVoided() ? "people.eventCorrected"
                                    : saved instanceof Move m && m.entersRegister() ? "people.moveInVoided"
                                    : "people.eventVoided", EventCorrectionService.label(saved));
                            // the note on submitted months may compute a later month's figures: off the FX thread
                            context.executor().execute(org.villageregistry.service.task.BackgroundTask
                                    .of(p -> lockedMonthNotice(event, saved))
                                    .onSuccess(note -> detail.eventCorrected(done + note))
                                    .onFailure(f -> detail.eventCorrected(done)));
                        }));
    }

    /** A line on the month the corrected or voided event fell in, when that month was submitted or approved. */
    private String lockedMonthNotice(org.villageregistry.domain.record.RegisterRecord before,
            org.villageregistry.domain.record.RegisterRecord after) {
        try {
            return context.services().signoffs().lockedMonthNotice(before, after).map(n -> "\n" + n).orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void backToList() {
        if (detail.hasUnsavedInput() && !confirmDiscard()) {
            return;
        }
        detail.cancelEdit();
        view.getChildren().setAll(listView);
        list.refresh();
        if (openedToFix) {
            // opened from a finding to fix: back to the list of findings (or the to-do) it came from
            openedToFix = false;
            if (context.navigator().returnFromFix()) {
                return;
            }
        }
        listView.focusSearch();
    }

    private boolean confirmDiscard() {
        return DiscardQuestion.confirm(view);
    }

    public PeopleViewModel listViewModel() {
        return list;
    }

    public PersonDetailViewModel detailViewModel() {
        return detail;
    }
}
