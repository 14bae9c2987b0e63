package org.villageregistry.ui.sync;

import javafx.application.Platform;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.shell.ScreenContext;

/** 冲突处理 (township): the two versions side by side and the decision. */
public final class ConflictsScreen extends LazyScreen<ConflictsViewModel, ConflictsView> {
    public ConflictsScreen(ScreenContext context) {
        super("screen.conflicts", "mdi2c-call-split",
                () -> new ConflictsViewModel(context.session().sync(), context.executor(),
                        Platform::runLater),
                ConflictsViewModel::refresh, ConflictsView::new, ConflictsView::focusList);
    }
}
