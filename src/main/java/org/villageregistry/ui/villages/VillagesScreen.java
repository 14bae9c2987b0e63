package org.villageregistry.ui.villages;

import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 各村 (township role): villages, the merged register read-only, duplicate suspects; Ctrl+F searches. */
public final class VillagesScreen extends LazyScreen<VillagesViewModel, VillagesView> {
    public VillagesScreen(ScreenContext context) {
        super("screen.villages", "mdi2h-home-group",
                () -> new VillagesViewModel(context.services(), context.session().sync(), context.executor()),
                VillagesViewModel::refresh, VillagesView::new, VillagesView::focusSearch);
    }
}
