package org.villageregistry.ui.roster;

import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 育龄妇女: the women aged 15–49 with filters and counts. */
public final class RosterScreen implements Screen {
    private final RosterViewModel viewModel;
    private RosterView view;

    public RosterScreen(ScreenContext context) {
        this.viewModel = new RosterViewModel(context.services(), context.executor(), context.navigator());
    }

    @Override
    public String titleKey() {
        return "screen.roster";
    }

    @Override
    public String iconLiteral() {
        return "mdi2h-human-female";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new RosterView(viewModel);
        }
        return view;
    }

    @Override
    public void onShow() {
        viewModel.load();
    }

    /** Ctrl+F goes to the reference day, the roster's only input. */
    @Override
    public boolean focusSearch() {
        view();
        view.focusDate();
        return true;
    }

    public RosterViewModel viewModel() {
        return viewModel;
    }
}
