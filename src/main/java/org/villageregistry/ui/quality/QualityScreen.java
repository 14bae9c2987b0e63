package org.villageregistry.ui.quality;

import javafx.scene.Node;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 数据质量: findings by kind; each opens the record to fix; shown again after a fix, it checks again. */
public final class QualityScreen implements Screen {
    private final QualityViewModel viewModel;
    private QualityView view;

    public QualityScreen(ScreenContext context) {
        this.viewModel = new QualityViewModel(context.services(), context.executor(), context.navigator());
    }

    @Override
    public String titleKey() {
        return "screen.quality";
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-clipboard-alert-outline";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new QualityView(viewModel);
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
        view.focusGroups();
        return true;
    }

    public QualityViewModel viewModel() {
        return viewModel;
    }
}
