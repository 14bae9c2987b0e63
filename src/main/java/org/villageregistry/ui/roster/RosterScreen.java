package org.villageregistry.ui.roster;

import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 育龄妇女: the women aged 15–49 with filters and counts; Ctrl+F goes to the reference day, its only input. */
public final class RosterScreen extends LazyScreen<RosterViewModel, RosterView> {
    public RosterScreen(ScreenContext context) {
        super("screen.roster", "mdi2h-human-female",
                () -> new RosterViewModel(context.services(), context.executor(), context.navigator()),
                RosterViewModel::load, RosterView::new, RosterView::focusDate);
    }
}
