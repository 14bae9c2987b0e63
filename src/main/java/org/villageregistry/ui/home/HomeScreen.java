package org.villageregistry.ui.home;

import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** The first entry of the navigation: what needs doing today. */
public final class HomeScreen extends LazyScreen<HomeViewModel, HomeView> {
    public HomeScreen(ScreenContext context) {
        super("screen.home", "mdi2h-home-outline",
                () -> new HomeViewModel(context.services(), context.executor(), context.navigator()),
                HomeViewModel::show, HomeView::new);
    }
}
