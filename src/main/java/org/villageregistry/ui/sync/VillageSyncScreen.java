package org.villageregistry.ui.sync;

import java.nio.file.Path;
import javafx.application.Platform;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.common.LazyScreen;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.FileOpener;
import org.villageregistry.ui.shell.ScreenContext;

/** 数据同步 at a village: the month's bundle to the USB stick, the township's receipt, the enrolment. */
public final class VillageSyncScreen extends LazyScreen<VillageSyncViewModel, VillageSyncView>
        implements FileOpener {
    public VillageSyncScreen(ScreenContext context) {
        this(context, new Choosers(new LastFolder(context.session().home(), "sync")));
    }

    private VillageSyncScreen(ScreenContext context, Choosers choosers) {
        super("screen.sync", "mdi2s-swap-horizontal-bold", () -> new VillageSyncViewModel(context.session().sync(),
                context.executor(), Platform::runLater, context.navigator()::showPerson),
                VillageSyncViewModel::refresh, model -> new VillageSyncView(model, choosers));
    }

    /** A double-clicked file: chosen and checked here, imported when the registrar presses the button. */
    @Override
    public void openFile(Path file) {
        builtView();
        viewModel().chooseFile(file);
    }

    @Override
    public boolean startNew() {
        builtView().focusExport();
        return true;
    }
}
