package org.villageregistry.ui.sync;

import javafx.application.Platform;
import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 冲突处理 (township): the two versions side by side and the decision. */
public final class ConflictsScreen implements Screen {
    private final ConflictsViewModel viewModel;
    private ConflictsView view;

    public ConflictsScreen(ScreenContext context) {
        this.viewModel = new ConflictsViewModel(VillageSyncScreen.services(context), context.executor(),
                Platform::runLater);
    }

    @Override
    public String titleKey() {
        return "screen.conflicts";
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-call-split";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ConflictsView(viewModel);
        }
        return view;
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    @Override
    public boolean focusSearch() {
        view();
        view.focusList();
        return true;
    }

    public ConflictsViewModel viewModel() {
        return viewModel;
    }
}
