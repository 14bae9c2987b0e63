package org.villageregistry.ui.audit;

import javafx.scene.Node;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 审计日志: for auditors and administrators; lists, checks and exports the audit log, changes nothing. */
public final class AuditScreen implements Screen {
    private final Choosers choosers;
    private final AuditViewModel viewModel;
    private AuditView view;

    public AuditScreen(ScreenContext context) {
        this.choosers = new Choosers(new LastFolder(context.session().home()));
        this.viewModel = new AuditViewModel(context.services().audit(), context.executor(),
                context.services().clock());
    }

    @Override
    public String titleKey() {
        return "screen.audit";
    }

    @Override
    public String iconLiteral() {
        return "mdi2s-shield-search";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new AuditView(viewModel, choosers);
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
        view.focusFilter();
        return true;
    }

    public AuditViewModel viewModel() {
        return viewModel;
    }
}
