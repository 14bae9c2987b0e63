package org.villageregistry.ui.villages;

import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 各村 (township role): villages, the merged register read-only, duplicate suspects; Ctrl+F searches. */
public final class VillagesScreen implements Screen {
    private final VillagesViewModel viewModel;
    private VillagesView view;

    public VillagesScreen(ScreenContext context) {
        this.viewModel = new VillagesViewModel(context.services(), context.session().sync(), context.executor());
    }

    @Override
    public String titleKey() {
        return "screen.villages";
    }

    @Override
    public String iconLiteral() {
        return "mdi2h-home-group";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new VillagesView(viewModel);
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
        view.focusSearch();
        return true;
    }

    public VillagesViewModel viewModel() {
        return viewModel;
    }
}
