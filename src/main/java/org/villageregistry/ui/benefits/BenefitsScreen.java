package org.villageregistry.ui.benefits;

import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 奖励扶助与补贴: programmes, eligible not enrolled, batches, re-verification. */
public final class BenefitsScreen implements Screen {
    private final BenefitsViewModel viewModel;
    private BenefitsView view;

    public BenefitsScreen(ScreenContext context) {
        this.viewModel = new BenefitsViewModel(context.services(), context.executor(), context.navigator());
    }

    @Override
    public String titleKey() {
        return "screen.benefits";
    }

    @Override
    public String iconLiteral() {
        return "mdi2g-gift-outline";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new BenefitsView(viewModel);
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

    public BenefitsViewModel viewModel() {
        return viewModel;
    }
}
