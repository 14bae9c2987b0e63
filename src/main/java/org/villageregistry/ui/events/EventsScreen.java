package org.villageregistry.ui.events;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.RegisterServices;
import org.villageregistry.ui.events.birth.BirthFormModel;
import org.villageregistry.ui.events.birth.BirthFormView;
import org.villageregistry.ui.DiscardQuestion;
import org.villageregistry.ui.events.form.EventForm;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/**
 * Events (事件登记): one tab per form — birth, death, marriage, divorce, move in, move out, 生育登记. Ctrl+N puts the
 * cursor in the current form; leaving with unsaved input asks first.
 */
public final class EventsScreen implements Screen {
    private final TabPane tabs = new TabPane();
    private final List<EventForm> forms = new ArrayList<>();

    public EventsScreen(ScreenContext context) {
        RegisterServices s = context.services();
        add("birth", new BirthFormView(EventFormsBuilder.told(new BirthFormModel(s.births(), s.persons(),
                context.executor()), s), context.navigator()::showPerson));
        EventFormsBuilder.addOthers(context, this::add);
        tabs.setId("event-forms");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                Platform.runLater(() -> forms.get(now.intValue()).focusFirst()));
    }

    private void add(String id, EventForm form) {
        Tab tab = new Tab(Messages.get(form.model().titleKey()), form.view());
        tab.setId("tab-" + id);
        tabs.getTabs().add(tab);
        forms.add(form);
    }

    @Override
    public String titleKey() {
        return "screen.events";
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-calendar-edit";
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void onShow() {
        Platform.runLater(this::current);
    }

    private void current() {
        forms.get(tabs.getSelectionModel().getSelectedIndex()).focusFirst();
    }

    @Override
    public boolean startNew() {
        current();
        return true;
    }

    /** Unsaved input on any form: ask; discarding clears those forms. */
    @Override
    public boolean hasUnsavedInput() {
        return forms.stream().anyMatch(f -> f.model().dirty().get());
    }

    @Override
    public boolean canLeave() {
        List<EventForm> dirty = forms.stream().filter(f -> f.model().dirty().get()).toList();
        if (dirty.isEmpty()) {
            return true;
        }
        if (DiscardQuestion.confirm(tabs)) {
            dirty.forEach(f -> f.model().clear());
            return true;
        }
        return false;
    }

    /** The forms, in the order of the tabs (for tests and screenshots). */
    public List<EventForm> forms() {
        return List.copyOf(forms);
    }

    public TabPane tabs() {
        return tabs;
    }
}
