package org.villageregistry.ui.home;

import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** The first entry of the navigation: what needs doing today. */
public final class HomeScreen implements Screen {
    private final HomeViewModel viewModel;
    private HomeView view;

    public HomeScreen(ScreenContext context) {
        this.viewModel = new HomeViewModel(context.services(), context.executor(), context.navigator());
    }

    @Override
    public String titleKey() {
        return "screen.home";
    }

    @Override
    public String iconLiteral() {
        return "mdi2h-home-outline";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new HomeView(viewModel);
        }
        return view;
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    public HomeViewModel viewModel() {
        return viewModel;
    }
}
