package org.villageregistry.ui.sync;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import org.villageregistry.service.sync.SyncServices;
import org.villageregistry.ui.common.Choosers;
import org.villageregistry.ui.settings.LastFolder;
import org.villageregistry.ui.shell.FileOpener;
import org.villageregistry.ui.shell.Screen;
import org.villageregistry.ui.shell.ScreenContext;

/** 数据同步 at a village: the month's bundle to the USB stick, the township's receipt, the enrolment. */
public final class VillageSyncScreen implements Screen, FileOpener {
    private final VillageSyncViewModel viewModel;
    private final Choosers choosers;
    private VillageSyncView view;

    public VillageSyncScreen(ScreenContext context) {
        this.choosers = new Choosers(new LastFolder(context.session().home()));
        this.viewModel = new VillageSyncViewModel(services(context), context.executor(), Platform::runLater,
                context.navigator()::showPerson);
    }

    static SyncServices services(ScreenContext context) {
        return context.session().sync();
    }

    @Override
    public String titleKey() {
        return "screen.sync";
    }

    @Override
    public String iconLiteral() {
        return "mdi2s-swap-horizontal-bold";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new VillageSyncView(viewModel, choosers);
        }
        return view;
    }

    /** A double-clicked file: chosen and checked here, imported when the registrar presses the button. */
    @Override
    public void openFile(Path file) {
        view();
        viewModel.chooseFile(file);
    }

    @Override
    public void onShow() {
        viewModel.refresh();
    }

    @Override
    public boolean startNew() {
        view();
        view.focusExport();
        return true;
    }

    public VillageSyncViewModel viewModel() {
        return viewModel;
    }
}
