package org.villageregistry.ui.audit;

import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.ScreenContext;

/** 审计日志: for auditors and administrators; lists, checks and exports the audit log, changes nothing. */
public final class AuditScreen extends LazyScreen<AuditViewModel, AuditView> {
    public AuditScreen(ScreenContext context) {
        this(context, new Choosers(new LastFolder(context.session().home())));
    }

    private AuditScreen(ScreenContext context, Choosers choosers) {
        super("screen.audit", "mdi2s-shield-search",
                () -> new AuditViewModel(context.services().audit(), context.executor(), context.services().clock()),
                AuditViewModel::refresh, model -> new AuditView(model, choosers), AuditView::focusFilter);
    }
}
